package io.stackup.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.interview.InterviewId;
import io.stackup.core.report.ResultReport.ScaleLevel;
import io.stackup.core.report.Timeline.Point;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The timeline of overall levels: well-formed and escaped whatever the names hold, one point per interview in the
 * given order, and a description that says every point with the numbers its labels show.
 */
class TimelineChartTest {

    static final String HOSTILE = "<script>alert('x')</script> & \"quoted\" </svg>";
    static final Instant MARCH = Instant.parse("2026-03-12T10:00:00Z");
    static final Instant JUNE = Instant.parse("2026-06-30T23:30:00Z");
    static final List<ScaleLevel> LEVELS = List.of(
            new ScaleLevel("basic", "Basic", null, 0, 0),
            new ScaleLevel("standardized", "Standardized", null, 1, 1.0 / 3),
            new ScaleLevel("rationalized", "Rationalized", null, 2, 2.0 / 3),
            new ScaleLevel("dynamic", "Dynamic", null, 3, 1));

    @Test
    void names_versions_and_levels_that_look_like_markup_are_text() {
        List<Point> points = List.of(
                point(MARCH, HOSTILE, "<b>1</b>", "basic", "<i>Basic</i>", 0.0),
                point(JUNE, "Mini IO", "2.0.0", "standardized", "Ops & <b>Std</b>", 1.0 / 3));
        List<ScaleLevel> hostileLevels =
                List.of(new ScaleLevel("a", "<Level \"1\">", null, 0, 0), new ScaleLevel("b", "B & C", null, 1, 1));

        String svg = TimelineChart.svg(points, hostileLevels);

        assertThat(svg)
                .doesNotContain("<script")
                .doesNotContain("<b>")
                .doesNotContain("<i>")
                .doesNotContain("<Level");
        Document parsed = parse(svg);
        assertThat(parsed.getElementsByTagName("script").getLength()).isZero();
        assertThat(parsed.getDocumentElement().getTextContent())
                .contains("<i>Basic</i>")
                .contains("<Level \"1\">")
                .contains("<b>1</b>");
        assertThat(desc(parsed)).contains(HOSTILE).contains("Ops & <b>Std</b>");
    }

    @Test
    void there_is_one_point_per_interview_in_the_given_order_the_latest_filled() {
        List<Point> points = List.of(
                point(MARCH, "Mini IO", "1.0.0", "basic", "Basic", 0.0),
                point(JUNE, "Mini IO", "2.0.0", "standardized", "Standardized", 1.0 / 3),
                point(JUNE.plusSeconds(86_400), "Mini IO", "2.0.0", "dynamic", "Dynamic", 1.0));

        Document parsed = parse(TimelineChart.svg(points, LEVELS));
        List<Element> groups = points(parsed);

        assertThat(groups)
                .extracting(g -> g.getAttribute("data-interview"))
                .containsExactly(
                        points.get(0).interview().toString(),
                        points.get(1).interview().toString(),
                        points.get(2).interview().toString());
        List<Double> xs = groups.stream().map(g -> cx(g)).toList();
        assertThat(xs).isSorted().doesNotHaveDuplicates();
        assertThat(cy(groups.get(0)))
                .as("a higher score stands higher")
                .isGreaterThan(cy(groups.get(1)))
                .isGreaterThan(cy(groups.get(2)));
        assertThat(circle(groups.get(2)).getAttribute("fill")).isEqualTo("#222");
        assertThat(circle(groups.get(0)).getAttribute("fill")).isEqualTo("#fff");
        assertThat(byClass(parsed, "polyline", "line").getAttribute("points").split(" "))
                .hasSize(3);
        assertThat(levelLabels(parsed)).containsExactly("Basic", "Standardized", "Rationalized", "Dynamic");
    }

    @Test
    void the_description_lists_every_point_with_its_date_template_level_and_score() {
        TimelineChart.Words words =
                new TimelineChart.Words("Over time", "not assessed", "none", Locale.UK, ZoneId.of("Europe/Berlin"));
        List<Point> points = List.of(
                point(MARCH, "Mini IO", "1.0.0", "basic", "Basic", 0.0),
                point(JUNE, "Mini IO", "2.0.0", "standardized", "Standardized", 1.0 / 3),
                point(JUNE.plusSeconds(3_600), "Mini IO", "2.0.0", null, null, null));

        Document parsed = parse(TimelineChart.svg(points, LEVELS, words));

        assertThat(parsed.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Over time");
        assertThat(desc(parsed))
                .isEqualTo("1. 12 Mar 2026, Mini IO 1.0.0: Basic, 0%."
                        + " 2. 1 Jul 2026, Mini IO 2.0.0: Standardized, 33%."
                        + " 3. 1 Jul 2026, Mini IO 2.0.0: not assessed.");
        List<Element> groups = points(parsed);
        assertThat(texts(groups.get(1)))
                .as("the labels say what the description says, the date in the reader's zone")
                .containsExactly("Standardized", "1 Jul 2026", "2.0.0");
        assertThat(circle(groups.get(2)).getAttribute("stroke-dasharray"))
                .as("nothing assessed reads apart without colour")
                .isNotBlank();
        assertThat(byClass(parsed, "polyline", "line").getAttribute("points").split(" "))
                .as("a point without a score is not on the line")
                .hasSize(2);
    }

    @Test
    void crowded_points_label_every_kth_counted_back_from_the_latest_and_each_keeps_its_title() {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            points.add(point(MARCH.plusSeconds(86_400L * i), "Mini IO", "1." + i, "basic", "Basic", 0.0));
        }

        Document parsed = parse(TimelineChart.svg(points, LEVELS));
        List<Element> groups = points(parsed);

        assertThat(groups).hasSize(20);
        int every = TimelineChart.labelEvery(20);
        assertThat(every).isGreaterThan(1);
        for (int i = 0; i < 20; i++) {
            Element group = groups.get(i);
            assertThat(group.getElementsByTagName("title").item(0).getTextContent())
                    .contains("Mini IO 1." + i);
            assertThat(texts(group)).hasSize((19 - i) % every == 0 ? 3 : 0);
        }
        assertThat(desc(parsed)).contains("20. ");
        assertThat(TimelineChart.labelEvery(6))
                .as("six points are all labelled")
                .isEqualTo(1);
    }

    @Test
    void without_points_the_chart_is_the_axis_and_says_there_is_none() {
        Document parsed = parse(TimelineChart.svg(List.of(), LEVELS));
        assertThat(points(parsed)).isEmpty();
        assertThat(desc(parsed)).isEqualTo(TimelineChart.Words.ENGLISH.none());
        assertThat(parsed.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 720 " + TimelineChart.HEIGHT);
    }

    private static Point point(
            Instant at,
            String template,
            String version,
            @Nullable String level,
            @Nullable String levelName,
            @Nullable Double score) {
        return new Point(new InterviewId(UUID.randomUUID()), at, template, version, level, levelName, score);
    }

    private static List<Element> points(Document svg) {
        List<Element> groups = new ArrayList<>();
        NodeList all = svg.getElementsByTagName("g");
        for (int i = 0; i < all.getLength(); i++) {
            Element g = (Element) all.item(i);
            if ("point".equals(g.getAttribute("class"))) {
                groups.add(g);
            }
        }
        return groups;
    }

    private static List<String> texts(Element group) {
        NodeList texts = group.getElementsByTagName("text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            out.add(texts.item(i).getTextContent());
        }
        return out;
    }

    private static List<String> levelLabels(Document svg) {
        return texts(byClass(svg, "g", "levels"));
    }

    private static Element circle(Element group) {
        return (Element) group.getElementsByTagName("circle").item(0);
    }

    private static double cx(Element group) {
        return Double.parseDouble(circle(group).getAttribute("cx"));
    }

    private static double cy(Element group) {
        return Double.parseDouble(circle(group).getAttribute("cy"));
    }

    private static Element byClass(Document svg, String tag, String cssClass) {
        NodeList elements = svg.getElementsByTagName(tag);
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            if (cssClass.equals(element.getAttribute("class"))) {
                return element;
            }
        }
        throw new AssertionError("no " + tag + " of class " + cssClass);
    }

    private static String desc(Document svg) {
        return svg.getElementsByTagName("desc").item(0).getTextContent();
    }

    private static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
    }
}
