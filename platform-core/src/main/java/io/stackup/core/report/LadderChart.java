package io.stackup.core.report;

import io.stackup.core.template.Area;
import io.stackup.core.template.Level;
import io.stackup.core.template.Template;
import io.stackup.core.template.scoring.Result;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * The maturity ladder of each area as an SVG drawing: one row per area, one step per level of the scale, the steps up
 * to the area's level filled. Rendered on the server, so screens and PDF reports draw the same picture without a chart
 * library; built as a DOM ({@link Svg}), so names from a template are escaped and cannot inject markup.
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
        Svg svg = new Svg(width, height, "stackup-ladder");
        for (int i = 0; i < levels.size(); i++) {
            svg.text(
                    svg.root(),
                    "text",
                    TextFit.truncate(levels.get(i).name(), 15),
                    "x",
                    LABEL_WIDTH + STEP_WIDTH * i + STEP_WIDTH / 2,
                    "y",
                    18,
                    "text-anchor",
                    "middle",
                    "fill",
                    "#555");
        }
        for (int row = 0; row < template.areas().size(); row++) {
            Area area = template.areas().get(row);
            String level = level(result, area.key());
            int reached = level == null ? -1 : template.scale().indexOf(level);
            int y = HEADER + ROW_HEIGHT * row;
            Element g = svg.add(svg.root(), "g", "data-area", area.key(), "data-level", level == null ? "" : level);
            svg.text(g, "text", TextFit.truncate(area.name(), 30), "x", 0, "y", y + 21, "fill", "#222");
            for (int i = 0; i < levels.size(); i++) {
                svg.add(
                        g,
                        "rect",
                        "x",
                        LABEL_WIDTH + STEP_WIDTH * i + 2,
                        "y",
                        y + 4,
                        "width",
                        STEP_WIDTH - 4,
                        "height",
                        ROW_HEIGHT - 8,
                        "rx",
                        4,
                        "fill",
                        i <= reached ? "#1a66d2" : "#eef2f8",
                        "stroke",
                        "#8aa4c8");
            }
        }
        return svg.render();
    }

    private static @Nullable String level(Result result, String areaKey) {
        return result.areas().stream()
                .filter(a -> a.key().equals(areaKey))
                .findFirst()
                .map(Result.AreaResult::level)
                .orElse(null);
    }
}
