package io.stackup.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.report.ResultReport.Notes;
import io.stackup.core.template.Answer;
import io.stackup.core.template.Template;
import io.stackup.core.template.document.TemplateReader;
import io.stackup.core.template.scoring.Result;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SVG charts: well-formed XML whatever the names hold, escaped, with a text alternative that says the numbers the
 * labels show, and the radar's polygons one point per area (bars below three areas).
 */
class ChartsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String HOSTILE = "<script>alert('x')</script> & \"quoted\" </svg>";

    @Test
    void names_that_look_like_markup_are_text_in_the_radar() {
        ResultReport report = report(List.of(HOSTILE, "Ops & <b>Security</b>", "Third"), "<Level \"1\">");
        String svg = RadarChart.svg(report);

        assertThat(svg).doesNotContain("<script").doesNotContain("<b>").doesNotContain("<Level");
        assertThat(svg).contains("&lt;script&gt;").contains("&amp;");
        Document parsed = parse(svg);
        assertThat(parsed.getDocumentElement().getElementsByTagName("script").getLength())
                .isZero();
        assertThat(parsed.getDocumentElement().getTextContent())
                .contains("<script>alert('x')")
                .contains("Ops & <b>");
        assertThat(descOf(parsed)).contains(HOSTILE.strip());
    }

    @Test
    void names_that_look_like_markup_are_text_in_the_ladder_and_the_bars() {
        ResultReport report = report(List.of(HOSTILE), "Basic");
        String ladder = LadderChart.svg(template(List.of(HOSTILE), "Basic"), report.result());
        String bars = RadarChart.svg(report);
        for (String svg : List.of(ladder, bars)) {
            assertThat(svg).doesNotContain("<script");
            parse(svg);
        }
        Template hostile = template(List.of(HOSTILE), "<b>Basic</b>");
        Result result = report(List.of(HOSTILE), "<b>Basic</b>").result();
        String escaped = LadderChart.svg(hostile, result);
        assertThat(escaped).doesNotContain("<b>").doesNotContain("<script");
        assertThat(parse(escaped).getDocumentElement().getTextContent()).contains("<b>Basic</b>");
    }

    @Test
    void a_name_of_two_thousand_characters_is_wrapped_and_cut_and_the_drawing_stays_whole() {
        String longName = "Identity ".repeat(222) + "end";
        assertThat(longName.length()).isGreaterThanOrEqualTo(2_000);
        ResultReport report = report(List.of(longName, "B", "C", "D"), "Basic");

        Document parsed = parse(RadarChart.svg(report));
        Element label = areaLabel(parsed, "a0");
        NodeList lines = label.getElementsByTagName("tspan");
        assertThat(lines.getLength()).as("two lines of name, two of numbers").isEqualTo(4);
        assertThat(lines.item(0).getTextContent()).isEqualTo("Identity Identity");
        assertThat(lines.item(1).getTextContent()).endsWith(TextFit.ELLIPSIS);
        for (int i = 0; i < lines.getLength(); i++) {
            assertThat(TextFit.units(lines.item(i).getTextContent())).isLessThanOrEqualTo(22);
        }
        assertThat(descOf(parsed)).hasSizeLessThan(600);
        assertThat(parse(RadarChart.svg(report(List.of(longName), "Basic")))).isNotNull();
        assertThat(parse(LadderChart.svg(
                        template(List.of(longName), "Basic"),
                        report(List.of(longName), "Basic").result())))
                .isNotNull();
    }

    @Test
    void cjk_and_greek_names_and_symbols_survive_as_they_are() {
        ResultReport report = report(List.of("身份与访问管理", "Ταυτότητα και πρόσβαση", "Ops 🚀"), "Βασικό");
        String svg = RadarChart.svg(report);
        assertThat(svg).contains("身份与访问管理", "Ταυτότητα και πρόσβαση", "Βασικό");
        assertThat(parse(svg).getDocumentElement().getTextContent())
                .as("a character beyond the BMP is written as one character reference, read back whole")
                .contains("Ops 🚀");
        assertThat(TextFit.wrap("身份与访问管理".repeat(4), 22, 2))
                .as("a CJK character is twice as wide")
                .containsExactly("身份与访问管理身份与访", "问管理身份与访问管理…");
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 7, 12})
    void the_radar_has_a_current_and_a_target_polygon_with_a_point_per_area_and_a_ring_per_level(int areas) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < areas; i++) {
            names.add("Area " + i);
        }
        Document parsed = parse(RadarChart.svg(report(names, "Basic")));
        for (String kind : List.of("current", "target")) {
            Element polygon = byClass(parsed, "polygon", kind);
            assertThat(polygon.getAttribute("points").split(" ")).hasSize(areas);
        }
        assertThat(byClass(parsed, "polygon", "target").getAttribute("stroke-dasharray"))
                .as("the target reads apart from the current standing without colour")
                .isNotBlank();
        assertThat(parsed.getElementsByTagName("text").getLength()).isGreaterThanOrEqualTo(areas + 4);
        Element svg = parsed.getDocumentElement();
        assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 720 560");
        assertThat(svg.getAttribute("width")).isEqualTo("100%");
        assertThat(svg.getNamespaceURI()).isEqualTo(Svg.NS);
        assertThat(svg.getFirstChild().getNodeName()).isEqualTo("title");
    }

    @Test
    void the_labels_and_the_description_say_the_reports_numbers() {
        ResultReport report = report(List.of("Identity", "Network", "Data"), "Basic");
        Document parsed = parse(RadarChart.svg(report));

        ResultReport.AreaReport identity = report.areas().getFirst();
        assertThat(identity.score()).isEqualTo(0.0);
        assertThat(identity.targetScore()).isEqualTo(2.0 / 3);
        assertThat(areaLabel(parsed, "a0").getTextContent()).isEqualTo("IdentityBasic 0%Target 66%");
        assertThat(areaLabel(parsed, "a1").getTextContent()).isEqualTo("NetworkDynamic 100%Target 66%");
        assertThat(areaLabel(parsed, "a2").getTextContent()).isEqualTo("Datanot assessedTarget –");
        assertThat(descOf(parsed))
                .isEqualTo("Identity: Basic, 0% (Target 66%). Network: Dynamic, 100% (Target 66%)."
                        + " Data: not assessed (Target –).");
        assertThat(parsed.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Maturity by area");
        Element current = byClass(parsed, "polygon", "current");
        assertThat(current.getAttribute("points"))
                .as("identity at the centre, network on the outer ring, data at the centre")
                .isEqualTo("360,270 502.89,352.5 360,270");
    }

    @Test
    void one_or_two_areas_are_drawn_as_bars_with_the_same_numbers() {
        ResultReport report = report(List.of("Identity", "Network"), "Basic");
        Document parsed = parse(RadarChart.svg(report));
        assertThat(parsed.getElementsByTagName("polygon").getLength()).isZero();
        assertThat(byClass(parsed, "rect", "current").getAttribute("width")).isEqualTo("0");
        assertThat(byClass(parsed, "rect", "target").getAttribute("width"))
                .as("two thirds of the 380 unit track")
                .isEqualTo("253.33");
        assertThat(parsed.getDocumentElement().getTextContent()).contains("Basic 0% · Target 66%");
        assertThat(descOf(parsed)).startsWith("Identity: Basic, 0% (Target 66%).");
        assertThat(RadarChart.svg(report(List.of("Only"), "Basic"))).contains("Only");
    }

    @Test
    void the_words_around_the_names_can_be_given() {
        ResultReport report = report(List.of("A", "B", "C"), "Basic");
        String svg = RadarChart.svg(report, new RadarChart.Words("Reifegrad", "Heute", "Ziel", "nicht bewertet"));
        assertThat(parse(svg).getDocumentElement().getTextContent())
                .contains("Reifegrad", "Heute", "Ziel 66%", "nicht bewertet");
    }

    @Test
    void percentages_round_down_so_that_no_score_reads_as_a_threshold_it_did_not_reach() {
        assertThat(ReportNumbers.percent(0.499)).isEqualTo("49%");
        assertThat(ReportNumbers.percent(0.5 - 1e-12))
                .as("within the scoring's tolerance")
                .isEqualTo("50%");
        assertThat(ReportNumbers.percent(2.0 / 3)).isEqualTo("66%");
        assertThat(ReportNumbers.percent(1.0)).isEqualTo("100%");
        assertThat(ReportNumbers.percent(0.0)).isEqualTo("0%");
        assertThat(ReportNumbers.percent(null)).isEqualTo(ReportNumbers.NONE);
    }

    @Test
    void characters_xml_cannot_carry_are_dropped() {
        assertThat(Svg.clean("a\u0000b\u0007c\uD800d\tе")).isEqualTo("abcd\tе");
        ResultReport report = report(List.of("bad\u0001name", "B", "C"), "Basic");
        assertThat(parse(RadarChart.svg(report)).getDocumentElement().getTextContent())
                .contains("badname");
    }

    /**
     * A report of a gated template with one area per name, each with one capability ({@code c<i>}) and a yes/no
     * question ({@code q<i>}, requires the second level): the first area answered "no" (lowest level), the second
     * "yes" (highest), the rest unanswered; target the third of four levels.
     */
    static ResultReport report(List<String> areaNames, String firstLevelName) {
        Template template = template(areaNames, firstLevelName);
        Map<String, Answer> answers = new HashMap<>();
        answers.put("q0", new Answer.Choice("no", null));
        if (areaNames.size() > 1) {
            answers.put("q1", new Answer.Choice("yes", null));
        }
        return Reports.report(template, answers, Map.of(), Notes.OMITTED);
    }

    static Template template(List<String> areaNames, String firstLevelName) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("format", "stackup-template/1");
        doc.put("key", "charts");
        doc.put("name", "Charts");
        doc.put("version", "1");
        ArrayNode levels = doc.putObject("scale").putArray("levels");
        levels.addObject().put("key", "basic").put("name", firstLevelName);
        levels.addObject().put("key", "standardized").put("name", "Standardized");
        levels.addObject().put("key", "rationalized").put("name", "Rationalized");
        levels.addObject().put("key", "dynamic").put("name", "Dynamic");
        doc.put("defaultTarget", "rationalized");
        ArrayNode areas = doc.putArray("areas");
        ObjectNode questionnaire = doc.putObject("questionnaire");
        questionnaire.put("title", "Q");
        ObjectNode section = questionnaire.putArray("sections").addObject();
        section.put("key", "s");
        section.put("title", "S");
        ArrayNode questions = section.putArray("questions");
        for (int i = 0; i < areaNames.size(); i++) {
            ObjectNode area = areas.addObject();
            area.put("key", "a" + i);
            // The document takes names a template may have; withAreaNames puts the given ones (too long, or with
            // characters the import refuses) in afterwards.
            area.put("name", "Area " + i);
            area.putArray("capabilities").addObject().put("key", "c" + i).put("name", "Capability " + i);
            questions
                    .addObject()
                    .put("key", "q" + i)
                    .put("capability", "c" + i)
                    .put("type", "yes_no")
                    .put("requires", "standardized")
                    .put("required", false)
                    .put("text", "Question " + i + "?");
        }
        Template read = TemplateReader.readJson(JSON.writeValueAsString(doc));
        return withAreaNames(read, areaNames);
    }

    /** The template with the given area names, even those a template document refuses (too long, control characters). */
    private static Template withAreaNames(Template template, List<String> names) {
        List<io.stackup.core.template.Area> areas = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            io.stackup.core.template.Area a = template.areas().get(i);
            areas.add(new io.stackup.core.template.Area(a.key(), names.get(i), a.description(), a.capabilities()));
        }
        return new Template(
                template.format(),
                template.key(),
                template.name(),
                template.version(),
                template.language(),
                template.description(),
                template.scale(),
                template.scoring(),
                template.defaultTarget(),
                areas,
                template.questionnaire(),
                template.qualification());
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

    private static String descOf(Document svg) {
        return svg.getElementsByTagName("desc").item(0).getTextContent();
    }

    private static Element areaLabel(Document svg, String areaKey) {
        NodeList texts = svg.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            if (areaKey.equals(text.getAttribute("data-area"))) {
                return text;
            }
        }
        throw new AssertionError("no label of area " + areaKey);
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
}
