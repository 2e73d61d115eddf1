package io.stackup.core.report;

import static io.stackup.core.report.ReportNumbers.percent;

import io.stackup.core.report.ResultReport.AreaReport;
import io.stackup.core.report.ResultReport.ScaleLevel;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * A report's areas as an SVG radar chart: one spoke per area, a ring per level of the scale (at the score the level
 * starts at, {@link ScaleLevel#from()}, named), where the areas stand now as a filled polygon and where their targets
 * put them ({@link AreaReport#targetScore()}) as a dashed outline, so the two read apart without colour. Every spoke is
 * labelled with the area's name and its numbers ({@link ReportNumbers#percent}), and {@code <title>}/{@code <desc>}
 * say all of them in words. A radar needs three spokes: with one or two areas it draws the same numbers as horizontal
 * bars. The drawing scales to its container ({@code viewBox}) and stays readable from about 700 px wide.
 *
 * <p>Drawn as a DOM and written by the JDK, so names from a template are escaped ({@link Svg}); long names are
 * wrapped and cut ({@link TextFit}), the full text stays in the description.
 */
public final class RadarChart {

    /**
     * The words a chart uses around the template's names, so the screen can give them in the reader's language.
     *
     * @param title the chart's accessible name
     * @param current the legend of the filled polygon (where the areas stand)
     * @param target the legend of the dashed outline (where the targets put them)
     * @param notAssessed an area none of whose capabilities is assessed
     */
    public record Words(String title, String current, String target, String notAssessed) {

        public static final Words ENGLISH = new Words("Maturity by area", "Current", "Target", "not assessed");
    }

    static final int WIDTH = 720;
    static final int HEIGHT = 560;
    private static final double CX = 360;
    private static final double CY = 270;
    private static final double RADIUS = 165;
    private static final int LINE = 15;
    private static final int LABEL_UNITS = 22;
    private static final String CURRENT_FILL = "#1a66d2";
    private static final String TARGET_STROKE = "#222";
    private static final String GRID = "#9aa5b4";

    private RadarChart() {}

    /** The chart with English words; see {@link #svg(ResultReport, Words)}. */
    public static String svg(ResultReport report) {
        return svg(report, Words.ENGLISH);
    }

    /** The chart of the report's areas, as SVG markup to put into a page or a PDF as it is. Never null. */
    public static String svg(ResultReport report, Words words) {
        List<AreaReport> areas = report.areas();
        return areas.size() >= 3 ? radar(report, words) : Bars.svg(report, words);
    }

    private static String radar(ResultReport report, Words words) {
        List<AreaReport> areas = report.areas();
        int n = areas.size();
        Svg svg = new Svg(WIDTH, HEIGHT, "stackup-radar");
        svg.describe(words.title(), description(report, words));
        Element grid = svg.add(svg.root(), "g", "class", "grid", "fill", "none", "stroke", GRID, "stroke-width", 1);
        for (ScaleLevel level : report.levels()) {
            if (level.from() > 0) {
                svg.add(grid, "polygon", "points", polygon(n, k -> level.from()), "data-level", level.key());
            }
        }
        for (int k = 0; k < n; k++) {
            double[] end = point(k, n, 1);
            svg.add(grid, "line", "x1", CX, "y1", CY, "x2", end[0], "y2", end[1]);
        }
        svg.add(
                svg.root(),
                "polygon",
                "class",
                "current",
                "points",
                polygon(n, k -> score(areas.get(k).score())),
                "fill",
                CURRENT_FILL,
                "fill-opacity",
                "0.35",
                "stroke",
                CURRENT_FILL,
                "stroke-width",
                2);
        svg.add(
                svg.root(),
                "polygon",
                "class",
                "target",
                "points",
                polygon(n, k -> score(areas.get(k).targetScore())),
                "fill",
                "none",
                "stroke",
                TARGET_STROKE,
                "stroke-width",
                2,
                "stroke-dasharray",
                "6 4");
        Element rings = svg.add(
                svg.root(),
                "g",
                "class",
                "levels",
                "fill",
                "#555",
                "font-size",
                11,
                "stroke",
                "#fff",
                "stroke-width",
                3,
                "paint-order",
                "stroke");
        for (ScaleLevel level : report.levels()) {
            svg.text(
                    rings,
                    "text",
                    TextFit.truncate(level.name(), 16),
                    "x",
                    CX + 4,
                    "y",
                    CY - RADIUS * level.from() + 12);
        }
        Element labels = svg.add(svg.root(), "g", "class", "labels", "fill", "#222");
        for (int k = 0; k < n; k++) {
            label(svg, labels, areas.get(k), k, n, words);
        }
        legend(svg, HEIGHT - 24, words);
        return svg.render();
    }

    /** An area's name (wrapped to two lines) and its numbers, outside the end of its spoke. */
    private static void label(Svg svg, Element parent, AreaReport area, int k, int n, Words words) {
        double angle = angle(k, n);
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double x = CX + (RADIUS + 14) * cos;
        double y = CY + (RADIUS + 14) * sin;
        String anchor = Math.abs(cos) < 0.3 ? "middle" : cos > 0 ? "start" : "end";
        List<String> lines = new ArrayList<>(TextFit.wrap(area.name(), LABEL_UNITS, 2));
        int name = lines.size();
        lines.addAll(numbers(area, words));
        double top;
        if (sin < -0.3) {
            top = y - LINE * (lines.size() - 1);
        } else if (sin > 0.3) {
            top = y + LINE - 3;
        } else {
            top = y - LINE * (lines.size() - 1) / 2.0 + 4;
        }
        Element text = svg.add(
                parent,
                "text",
                "x",
                x,
                "y",
                top,
                "text-anchor",
                anchor,
                "data-area",
                area.key(),
                "data-score",
                area.score() == null ? "" : area.score(),
                "data-target",
                area.targetScore() == null ? "" : area.targetScore());
        for (int i = 0; i < lines.size(); i++) {
            boolean number = i >= name;
            svg.text(
                    text,
                    "tspan",
                    lines.get(i),
                    "x",
                    x,
                    "dy",
                    i == 0 ? 0 : LINE,
                    "font-weight",
                    number ? "normal" : "bold",
                    "fill",
                    number ? "#444" : "#222");
        }
    }

    /** The legend: a filled swatch for "current", a dashed line for "target". */
    static void legend(Svg svg, double y, Words words) {
        Element legend = svg.add(svg.root(), "g", "class", "legend", "fill", "#222");
        double x = CX - 120;
        svg.add(
                legend,
                "rect",
                "x",
                x,
                "y",
                y - 11,
                "width",
                22,
                "height",
                12,
                "fill",
                CURRENT_FILL,
                "fill-opacity",
                "0.35",
                "stroke",
                CURRENT_FILL,
                "stroke-width",
                2);
        svg.text(legend, "text", TextFit.truncate(words.current(), 14), "x", x + 28, "y", y);
        x += 130;
        svg.add(
                legend,
                "line",
                "x1",
                x,
                "y1",
                y - 5,
                "x2",
                x + 22,
                "y2",
                y - 5,
                "stroke",
                TARGET_STROKE,
                "stroke-width",
                2,
                "stroke-dasharray",
                "6 4");
        svg.text(legend, "text", TextFit.truncate(words.target(), 14), "x", x + 28, "y", y);
    }

    /** Two lines, e.g. "Basic 0%" and "Target 67%", or "not assessed" and "Target –". */
    static List<String> numbers(AreaReport area, Words words) {
        String now = area.level() == null
                ? TextFit.truncate(words.notAssessed(), 18)
                : TextFit.truncate(area.level().name(), 16) + " " + percent(area.score());
        return List.of(now, TextFit.truncate(words.target(), 14) + " " + percent(area.targetScore()));
    }

    /** The text alternative: every area with its level, score and target score, the same numbers as the labels. */
    static String description(ResultReport report, Words words) {
        StringBuilder text = new StringBuilder();
        for (AreaReport area : report.areas()) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(TextFit.truncate(area.name(), 200)).append(": ");
            if (area.level() == null) {
                text.append(words.notAssessed());
            } else {
                text.append(area.level().name()).append(", ").append(percent(area.score()));
            }
            text.append(" (")
                    .append(words.target())
                    .append(' ')
                    .append(percent(area.targetScore()))
                    .append(").");
        }
        return text.toString();
    }

    private static double score(@Nullable Double score) {
        return score == null ? 0 : Math.max(0, Math.min(1, score));
    }

    private interface Radius {
        double of(int spoke);
    }

    private static String polygon(int n, Radius radius) {
        StringBuilder points = new StringBuilder();
        for (int k = 0; k < n; k++) {
            double[] p = point(k, n, radius.of(k));
            if (k > 0) {
                points.append(' ');
            }
            points.append(Svg.number(p[0])).append(',').append(Svg.number(p[1]));
        }
        return points.toString();
    }

    private static double[] point(int k, int n, double fraction) {
        double angle = angle(k, n);
        return new double[] {CX + RADIUS * fraction * Math.cos(angle), CY + RADIUS * fraction * Math.sin(angle)};
    }

    /** The first spoke points up; the others follow clockwise. */
    private static double angle(int k, int n) {
        return -Math.PI / 2 + 2 * Math.PI * k / n;
    }

    /** One or two areas: a bar per area on a track marked with the levels, the target as a dashed outline. */
    static final class Bars {

        private static final double TRACK_X = 220;
        private static final double TRACK = 380;
        private static final double ROW = 66;
        private static final double TOP = 44;

        private Bars() {}

        static String svg(ResultReport report, Words words) {
            List<AreaReport> areas = report.areas();
            double height = TOP + ROW * areas.size() + 44;
            Svg svg = new Svg(WIDTH, height, "stackup-radar stackup-bars");
            svg.describe(words.title(), description(report, words));
            Element levels = svg.add(svg.root(), "g", "class", "levels", "fill", "#555", "font-size", 11);
            Element grid = svg.add(svg.root(), "g", "class", "grid", "stroke", GRID, "stroke-width", 1);
            for (ScaleLevel level : report.levels()) {
                double x = TRACK_X + TRACK * level.from();
                svg.text(
                        levels,
                        "text",
                        TextFit.truncate(level.name(), 14),
                        "x",
                        x,
                        "y",
                        TOP - 12,
                        "text-anchor",
                        level.index() == 0 ? "start" : "middle",
                        "data-level",
                        level.key());
                svg.add(grid, "line", "x1", x, "y1", TOP - 6, "x2", x, "y2", TOP + ROW * areas.size());
            }
            for (int row = 0; row < areas.size(); row++) {
                AreaReport area = areas.get(row);
                double y = TOP + ROW * row;
                Element g = svg.add(svg.root(), "g", "data-area", area.key());
                List<String> name = TextFit.wrap(area.name(), 28, 2);
                for (int i = 0; i < name.size(); i++) {
                    svg.text(
                            g,
                            "text",
                            name.get(i),
                            "x",
                            0,
                            "y",
                            y + 20 + LINE * i,
                            "font-weight",
                            "bold",
                            "fill",
                            "#222");
                }
                svg.add(
                        g,
                        "rect",
                        "class",
                        "current",
                        "x",
                        TRACK_X,
                        "y",
                        y + 10,
                        "width",
                        TRACK * score(area.score()),
                        "height",
                        20,
                        "fill",
                        CURRENT_FILL,
                        "fill-opacity",
                        "0.35",
                        "stroke",
                        CURRENT_FILL,
                        "stroke-width",
                        2);
                svg.add(
                        g,
                        "rect",
                        "class",
                        "target",
                        "x",
                        TRACK_X,
                        "y",
                        y + 6,
                        "width",
                        TRACK * score(area.targetScore()),
                        "height",
                        28,
                        "fill",
                        "none",
                        "stroke",
                        TARGET_STROKE,
                        "stroke-width",
                        2,
                        "stroke-dasharray",
                        "6 4");
                svg.text(
                        g, "text", String.join(" · ", numbers(area, words)), "x", TRACK_X, "y", y + 50, "fill", "#444");
            }
            legend(svg, height - 12, words);
            return svg.render();
        }
    }
}
