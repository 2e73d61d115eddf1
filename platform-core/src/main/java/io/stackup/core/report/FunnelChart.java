package io.stackup.core.report;

import io.stackup.core.dashboard.Funnel;
import io.stackup.core.dashboard.Funnel.Stage;
import io.stackup.core.dashboard.Funnel.Step;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * The Overview's funnel as an SVG bar chart: one horizontal bar per stage, its length the stage's count relative to
 * the first stage, with the stage's name at the left and its count and conversion from the stage before written as
 * text at the right, so the numbers read without the bars and in grayscale (dark bars on white, black text). The
 * {@code <title>}/{@code <desc>} say every stage in words. Drawn as a DOM ({@link Svg}): names are escaped.
 */
public final class FunnelChart {

    /**
     * The words around the numbers, so the screen can give them in the reader's language.
     *
     * @param title the chart's accessible name
     * @param stages each stage's name
     * @param conversion a stage's conversion, with {@code {0}} for the percentage, e.g. "{0} of the stage before"
     */
    public record Words(String title, Map<Stage, String> stages, String conversion) {

        public static final Words ENGLISH = new Words(
                "Funnel",
                Map.of(
                        Stage.ASSIGNED, "Assigned",
                        Stage.STARTED, "Started",
                        Stage.COMPLETED, "Completed",
                        Stage.QUALIFIED, "Qualified",
                        Stage.CLAIMED, "Claimed",
                        Stage.WON, "Won"),
                "{0} of the stage before");

        String stage(Stage stage) {
            return stages.getOrDefault(stage, stage.name().toLowerCase(java.util.Locale.ROOT));
        }

        String conversion(String percent) {
            return conversion.replace("{0}", percent);
        }
    }

    static final int WIDTH = 720;
    private static final double ROW = 40;
    private static final double TOP = 8;
    private static final double LABEL = 130;
    private static final double BAR = 330;
    private static final double BAR_HEIGHT = 26;

    private FunnelChart() {}

    /** The chart, as SVG markup. Never null; an empty funnel draws the stages with zero-length bars. */
    public static String svg(Funnel funnel, Words words) {
        List<Step> steps = funnel.steps();
        Svg svg = new Svg(WIDTH, TOP * 2 + ROW * steps.size(), "stackup-funnel");
        StringBuilder description = new StringBuilder();
        for (Step step : steps) {
            if (!description.isEmpty()) {
                description.append("; ");
            }
            description.append(line(step, words));
        }
        svg.describe(words.title(), description.toString());
        double max = Math.max(1, funnel.assigned());
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            double y = TOP + i * ROW;
            Element g = svg.add(
                    svg.root(),
                    "g",
                    "class",
                    "stage",
                    "data-stage",
                    step.stage().name(),
                    "data-count",
                    step.count());
            svg.text(g, "title", line(step, words));
            svg.text(g, "text", words.stage(step.stage()), "x", LABEL - 10, "y", y + 18, "text-anchor", "end");
            svg.add(g, "rect", "x", LABEL, "y", y, "width", BAR, "height", BAR_HEIGHT, "fill", "#eef0f3");
            double length = BAR * step.count() / max;
            if (length > 0) {
                svg.add(
                        g,
                        "rect",
                        "class",
                        "bar",
                        "x",
                        LABEL,
                        "y",
                        y,
                        "width",
                        Math.max(2, length),
                        "height",
                        BAR_HEIGHT,
                        "fill",
                        "#3b4a5e");
            }
            svg.text(
                    g,
                    "text",
                    figures(step, words),
                    "x",
                    LABEL + BAR + 12,
                    "y",
                    y + 18,
                    "class",
                    "figures",
                    "fill",
                    "#222");
        }
        return svg.render();
    }

    /** "1,234 · 56% of the stage before", or the count alone for the first stage or after an empty one. */
    static String figures(Step step, Words words) {
        String count = String.format(java.util.Locale.ROOT, "%,d", step.count());
        return step.conversion() == null
                ? count
                : count + " · " + words.conversion(ReportNumbers.percent(step.conversion()));
    }

    private static String line(Step step, Words words) {
        return words.stage(step.stage()) + ": " + figures(step, words);
    }
}
