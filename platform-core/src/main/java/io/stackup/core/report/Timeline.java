package io.stackup.core.report;

import io.stackup.core.interview.InterviewId;
import io.stackup.core.prospect.ProspectId;
import io.stackup.core.report.ResultReport.ScaleLevel;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A prospect's completed interviews over time, each with its overall level: what the prospect page shows above its
 * interview list ({@link ProspectTimelines}). Interviews of different template versions (and so perhaps different
 * scales) stand side by side by their overall score, which every scale puts in [0, 1]; each point names its own level.
 *
 * @param points oldest completion first; only the completed interviews the caller may see; empty when there is none
 * @param levels the scale of the latest point's template, lowest first, as the chart's axis draws it; empty without
 *     points
 * @param svg the chart ({@link TimelineChart}), SVG markup to put into a page or a PDF as it is; never null
 */
public record Timeline(ProspectId prospect, List<Point> points, List<ScaleLevel> levels, String svg) {

    public Timeline {
        points = List.copyOf(points);
        levels = List.copyOf(levels);
    }

    /**
     * One completed interview.
     *
     * @param level the overall level's key, {@code null} when nothing is assessed
     * @param levelName that level's name in the interview's own template
     * @param score the overall score in [0, 1], {@code null} when nothing is assessed
     */
    public record Point(
            InterviewId interview,
            Instant completedAt,
            String templateName,
            String templateVersion,
            @Nullable String level,
            @Nullable String levelName,
            @Nullable Double score) {}
}
