package io.stackup.core.report;

import static io.stackup.core.shared.Markup.escape;

import io.stackup.core.template.Area;
import io.stackup.core.template.Level;
import io.stackup.core.template.Template;
import io.stackup.core.template.scoring.Result;
import java.util.List;
import java.util.Locale;

/**
 * The maturity ladder of each area as an SVG drawing: one row per area, one step per level of the scale, the steps up
 * to the area's level filled. Rendered on the server as plain text, so screens and PDF reports draw the same picture
 * without a chart library; text is escaped, so names from a template cannot inject markup.
 */
public final class LadderChart {

    private static final int LABEL_WIDTH = 220;
    private static final int STEP_WIDTH = 110;
    private static final int ROW_HEIGHT = 34;
    private static final int HEADER = 28;

    private LadderChart() {}

    /** The ladder of every area of the template as the result places it; "not assessed" rows stay empty. */
    public static String svg(Template template, Result result) {
        List<Level> levels = template.scale().levels();
        int width = LABEL_WIDTH + STEP_WIDTH * levels.size() + 10;
        int height = HEADER + ROW_HEIGHT * template.areas().size() + 6;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\""
                        + " class=\"stackup-ladder\" font-family=\"sans-serif\" font-size=\"13\">",
                width,
                height));
        for (int i = 0; i < levels.size(); i++) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"18\" text-anchor=\"middle\" fill=\"#555\">%s</text>",
                    LABEL_WIDTH + STEP_WIDTH * i + STEP_WIDTH / 2,
                    escape(levels.get(i).name())));
        }
        for (int row = 0; row < template.areas().size(); row++) {
            Area area = template.areas().get(row);
            String level = result.areas().stream()
                    .filter(a -> a.key().equals(area.key()))
                    .findFirst()
                    .map(Result.AreaResult::level)
                    .orElse(null);
            int reached = level == null ? -1 : indexOf(levels, level);
            int y = HEADER + ROW_HEIGHT * row;
            svg.append(String.format(
                    Locale.ROOT,
                    "<g data-area=\"%s\" data-level=\"%s\"><text x=\"0\" y=\"%d\" fill=\"#222\">%s</text>",
                    escape(area.key()),
                    level == null ? "" : escape(level),
                    y + 21,
                    escape(shorten(area.name()))));
            for (int i = 0; i < levels.size(); i++) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"4\" fill=\"%s\" stroke=\"#8aa4c8\"/>",
                        LABEL_WIDTH + STEP_WIDTH * i + 2,
                        y + 4,
                        STEP_WIDTH - 4,
                        ROW_HEIGHT - 8,
                        i <= reached ? "#1a66d2" : "#eef2f8"));
            }
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    private static int indexOf(List<Level> levels, String key) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static String shorten(String text) {
        return text.length() <= 30 ? text : text.substring(0, 29) + "…";
    }
}
