package io.stackup.core.report;

import static io.stackup.core.report.ReportNumbers.percent;

import io.stackup.core.report.ResultReport.ScaleLevel;
import io.stackup.core.report.Timeline.Point;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * A prospect's overall level over time as an SVG line chart: one point per completed interview in completion order
 * (oldest left), its height the overall score in [0, 1], so interviews of template versions with different scales
 * stand on one axis. The axis is marked with the levels of one scale (named, lowest at the bottom, each at the score
 * it starts at, {@link ScaleLevel#from()}); each point is labelled with its own level's name, its date and its template
 * version, and {@code <title>}/{@code <desc>} list every point in words. Black and white with shapes only (a hollow
 * point per interview, the latest filled, a dashed outline for "nothing assessed"), so it reads in grayscale.
 *
 * <p>The drawing is {@value #WIDTH} units wide and scales to its container ({@code viewBox}): at a 768 px screen the
 * text stays about its nominal size. When points are too close for their labels, only every k-th point is labelled
 * (counted back from the latest, which always is); every point keeps its own {@code <title>} and its line in the
 * description. Drawn as a DOM ({@link Svg}), so names are escaped; long names are cut ({@link TextFit}).
 */
public final class TimelineChart {

    /**
     * The words and formats a chart uses around the template's names, so the screen can give them in the reader's
     * language and time zone.
     *
     * @param title the chart's accessible name
     * @param notAssessed a point whose interview has no overall level
     * @param none the description when there is no point
     * @param locale how dates are written
     * @param zone the time zone a completion date is read in
     */
    public record Words(String title, String notAssessed, String none, Locale locale, ZoneId zone) {

        public static final Words ENGLISH = new Words(
                "Overall level over time",
                "not assessed",
                "No completed interview yet.",
                Locale.ENGLISH,
                ZoneOffset.UTC);

        String date(Instant instant) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(locale)
                    .withZone(zone)
                    .format(instant);
        }
    }

    static final int WIDTH = 720;
    static final int HEIGHT = 304;
    private static final double LEFT = 130;
    private static final double RIGHT = WIDTH - 24;
    private static final double TOP = 36;
    private static final double PLOT = 220;
    private static final double INSET = 36;
    /** The least distance between two labelled points, in user units: a date or a level name fits in it. */
    private static final double LABEL_SPACING = 96;

    private static final String INK = "#222";
    private static final String GRID = "#9aa5b4";

    private TimelineChart() {}

    /** The chart with English words and UTC dates; see {@link #svg(List, List, Words)}. */
    public static String svg(List<Point> points, List<ScaleLevel> levels) {
        return svg(points, levels, Words.ENGLISH);
    }

    /**
     * The chart of the points, as SVG markup. Never null; without points, the axis alone (and a description saying
     * there is none).
     *
     * @param points oldest first, drawn left to right in this order
     * @param levels the scale the axis is marked with, lowest first
     */
    public static String svg(List<Point> points, List<ScaleLevel> levels, Words words) {
        Svg svg = new Svg(WIDTH, HEIGHT, "stackup-timeline");
        svg.describe(words.title(), description(points, words));
        axis(svg, levels);
        int n = points.size();
        int every = labelEvery(n);
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Point point = points.get(i);
            if (point.score() != null) {
                if (!line.isEmpty()) {
                    line.append(' ');
                }
                line.append(Svg.number(x(i, n))).append(',').append(Svg.number(y(point.score())));
            }
        }
        if (!line.isEmpty()) {
            svg.add(
                    svg.root(),
                    "polyline",
                    "class",
                    "line",
                    "points",
                    line.toString(),
                    "fill",
                    "none",
                    "stroke",
                    INK,
                    "stroke-width",
                    2);
        }
        Element group = svg.add(svg.root(), "g", "class", "points", "fill", INK);
        for (int i = 0; i < n; i++) {
            point(svg, group, points.get(i), i, n, (n - 1 - i) % every == 0, words);
        }
        return svg.render();
    }

    /** Every k-th point is labelled: 1 while labels fit side by side. */
    static int labelEvery(int n) {
        if (n < 2) {
            return 1;
        }
        double spacing = (RIGHT - LEFT - 2 * INSET) / (n - 1);
        return (int) Math.max(1, Math.ceil(LABEL_SPACING / spacing));
    }

    /** The level lines of the scale with their names at the left; a name too close to the one below is left out. */
    private static void axis(Svg svg, List<ScaleLevel> levels) {
        Element grid = svg.add(svg.root(), "g", "class", "grid", "stroke", GRID, "stroke-width", 1);
        Element names = svg.add(svg.root(), "g", "class", "levels", "fill", "#444", "font-size", 12);
        svg.add(grid, "line", "x1", LEFT, "y1", TOP + PLOT, "x2", RIGHT, "y2", TOP + PLOT, "stroke", INK);
        double lastLabel = Double.MAX_VALUE;
        for (ScaleLevel level : levels) {
            double y = y(level.from());
            if (level.from() > 0) {
                svg.add(grid, "line", "x1", LEFT, "y1", y, "x2", RIGHT, "y2", y, "stroke-dasharray", "3 4");
            }
            if (lastLabel - y >= 14) {
                svg.text(
                        names,
                        "text",
                        TextFit.truncate(level.name(), 17),
                        "x",
                        LEFT - 8,
                        "y",
                        y + 4,
                        "text-anchor",
                        "end",
                        "data-level",
                        level.key());
                lastLabel = y;
            }
        }
    }

    /** One point: a circle with its own {@code <title>}, labelled (level above, date and version below) if chosen. */
    private static void point(Svg svg, Element parent, Point point, int i, int n, boolean labelled, Words words) {
        double x = x(i, n);
        boolean assessed = point.score() != null;
        double y = assessed ? y(point.score()) : TOP + PLOT;
        boolean latest = i == n - 1;
        Element g = svg.add(
                parent,
                "g",
                "class",
                "point",
                "data-interview",
                point.interview().toString(),
                "data-level",
                point.level() == null ? "" : point.level(),
                "data-score",
                point.score() == null ? "" : point.score());
        svg.text(g, "title", line(point, words));
        Element circle = svg.add(
                g,
                "circle",
                "cx",
                x,
                "cy",
                y,
                "r",
                6,
                "fill",
                latest && assessed ? INK : "#fff",
                "stroke",
                INK,
                "stroke-width",
                2);
        if (!assessed) {
            circle.setAttribute("stroke-dasharray", "2 2");
        }
        if (!labelled) {
            return;
        }
        svg.text(
                g,
                "text",
                TextFit.truncate(levelText(point, words), 14),
                "x",
                x,
                "y",
                y - 12,
                "text-anchor",
                "middle",
                "font-weight",
                "bold",
                "stroke",
                "#fff",
                "stroke-width",
                3,
                "paint-order",
                "stroke");
        svg.text(
                g,
                "text",
                TextFit.truncate(words.date(point.completedAt()), 14),
                "x",
                x,
                "y",
                TOP + PLOT + 22,
                "text-anchor",
                "middle");
        svg.text(
                g,
                "text",
                TextFit.truncate(point.templateVersion(), 14),
                "x",
                x,
                "y",
                TOP + PLOT + 40,
                "text-anchor",
                "middle",
                "fill",
                "#555");
    }

    /** The text alternative: every point in order, with the same date, template, level and score as the labels. */
    static String description(List<Point> points, Words words) {
        if (points.isEmpty()) {
            return words.none();
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(i + 1).append(". ").append(line(points.get(i), words)).append('.');
        }
        return text.toString();
    }

    /** One point in words, e.g. "12 Mar 2025, Mini IO 2.0.0: Standardized, 33%". */
    private static String line(Point point, Words words) {
        String standing =
                point.score() == null ? words.notAssessed() : levelText(point, words) + ", " + percent(point.score());
        return words.date(point.completedAt())
                + ", "
                + TextFit.truncate(point.templateName(), 200)
                + " "
                + point.templateVersion()
                + ": "
                + standing;
    }

    private static String levelText(Point point, Words words) {
        if (point.score() == null) {
            return words.notAssessed();
        }
        if (point.levelName() != null) {
            return point.levelName();
        }
        return point.level() != null ? point.level() : words.notAssessed();
    }

    private static double x(int i, int n) {
        if (n < 2) {
            return (LEFT + RIGHT) / 2;
        }
        return LEFT + INSET + (RIGHT - LEFT - 2 * INSET) * i / (n - 1);
    }

    private static double y(@Nullable Double score) {
        double s = score == null ? 0 : Math.max(0, Math.min(1, score));
        return TOP + PLOT * (1 - s);
    }
}
