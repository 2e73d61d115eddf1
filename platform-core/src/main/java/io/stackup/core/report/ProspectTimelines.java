package io.stackup.core.report;

import io.stackup.core.interview.InterviewFilter;
import io.stackup.core.interview.InterviewService;
import io.stackup.core.interview.InterviewStatus;
import io.stackup.core.interview.InterviewSummary;
import io.stackup.core.prospect.ProspectId;
import io.stackup.core.prospect.ProspectNotFoundException;
import io.stackup.core.prospect.ProspectService;
import io.stackup.core.report.ResultReport.ScaleLevel;
import io.stackup.core.template.Level;
import io.stackup.core.template.Template;
import io.stackup.core.template.TemplateId;
import io.stackup.core.template.TemplateService;
import io.stackup.core.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A prospect's interviews over time ({@link Timeline}): its completed interviews with their overall levels, and the
 * chart of them. Read in one statement for the interviews (their overall level and score come from the stored result,
 * {@link InterviewService#find}) and the interviews' published templates, which are held in memory once read, for the
 * level names; the cost does not grow with the size of the results.
 *
 * <p>Who sees what is the interview feature's rule: the points are the completed interviews of the prospect the caller
 * may see (an interviewer those assigned to them). Another tenant's prospect does not exist
 * ({@link ProspectNotFoundException}). Never returns null.
 */
@Service
@Transactional(readOnly = true)
public class ProspectTimelines {

    /**
     * At most this many interviews are drawn, the most recently created: far more than one prospect is interviewed,
     * and a bound on what one page loads.
     */
    static final int MAX_POINTS = 200;

    private final ProspectService prospects;
    private final InterviewService interviews;
    private final TemplateService templates;

    ProspectTimelines(ProspectService prospects, InterviewService interviews, TemplateService templates) {
        this.prospects = prospects;
        this.interviews = interviews;
        this.templates = templates;
    }

    /**
     * The timeline with English words and UTC dates in its chart; see
     * {@link #timeline(ProspectId, TimelineChart.Words)}.
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
    public Timeline timeline(ProspectId prospect) {
        return timeline(prospect, TimelineChart.Words.ENGLISH);
    }

    /**
     * The prospect's completed interviews the caller may see, oldest completion first, with the chart of them in the
     * given words.
     *
     * @throws ProspectNotFoundException when the current tenant has no such prospect
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
    public Timeline timeline(ProspectId prospect, TimelineChart.Words words) {
        prospects.get(prospect);
        InterviewFilter completed = new InterviewFilter(InterviewStatus.COMPLETED, null, prospect, "");
        List<InterviewSummary> summaries = interviews.find(completed, 0, MAX_POINTS).stream()
                .filter(s -> s.completedAt() != null)
                .sorted(Comparator.comparing((InterviewSummary s) -> Objects.requireNonNull(s.completedAt()))
                        .thenComparing(s -> s.id().toString()))
                .toList();
        Map<TemplateId, Template> byId = new HashMap<>();
        for (InterviewSummary summary : summaries) {
            byId.computeIfAbsent(
                    summary.templateId(), id -> templates.published(id).template());
        }
        List<Timeline.Point> points = summaries.stream()
                .map(s -> point(s, Objects.requireNonNull(byId.get(s.templateId()))))
                .toList();
        List<ScaleLevel> levels = summaries.isEmpty()
                ? List.of()
                : List.copyOf(ReportBuilder.scale(Objects.requireNonNull(
                                byId.get(summaries.getLast().templateId())))
                        .values());
        return new Timeline(prospect, points, levels, TimelineChart.svg(points, levels, words));
    }

    private static Timeline.Point point(InterviewSummary summary, Template template) {
        return new Timeline.Point(
                summary.id(),
                Objects.requireNonNull(summary.completedAt()),
                summary.templateName(),
                summary.templateVersion(),
                summary.overallLevel(),
                levelName(template, summary.overallLevel()),
                summary.overallScore());
    }

    private static @Nullable String levelName(Template template, @Nullable String key) {
        if (key == null) {
            return null;
        }
        return template.scale().levels().stream()
                .filter(l -> l.key().equals(key))
                .map(Level::name)
                .findFirst()
                .orElse(key);
    }
}
