package io.stackup.api.report;

import io.stackup.core.interview.InterviewId;
import io.stackup.core.report.Comparison;
import io.stackup.core.report.Comparisons;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/interviews/{id}/comparison?with=} of docs/spec/api.md: the interview compared with an earlier one
 * of the same prospect ({@code with}, by default the latest one completed before it). Who may call it is
 * {@link Comparisons}'s rule: whoever may see both interviews.
 */
@RestController
@Tag(name = "Reports")
class ComparisonController {

    private final Comparisons comparisons;

    ComparisonController(Comparisons comparisons) {
        this.comparisons = comparisons;
    }

    record Side(
            String interview,
            String templateName,
            String templateVersion,
            @Nullable Instant completedAt) {}

    record Standing(@Nullable String level, @Nullable Double score) {}

    record Overall(Standing before, Standing after) {}

    record Change(
            String key,
            String name,
            String area,
            String presence,
            Standing before,
            Standing after,
            String movement,
            @Nullable String target,
            @Nullable Integer gap,
            List<String> blockers) {}

    record ComparisonJson(Side before, Side after, Overall overall, List<Change> capabilities) {}

    @GetMapping("/api/v1/interviews/{id}/comparison")
    @Operation(
            operationId = "compareInterviews",
            summary =
                    "Re-assessment: this interview against an earlier one of the same prospect; 404 when there is none")
    ComparisonJson compare(
            @PathVariable InterviewId id,
            @Parameter(description = "the earlier interview's id; by default the latest one completed before this one")
                    @RequestParam(required = false)
                    @Nullable
                    InterviewId with) {
        InterviewId earlier =
                with != null ? with : comparisons.previous(id).orElseThrow(ComparisonController::nothingEarlier);
        return json(comparisons.compare(earlier, id));
    }

    private static ErrorResponseException nothingEarlier() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND,
                "This prospect has no interview completed before this one. Give ?with= the id of the interview to"
                        + " compare with.");
        problem.setTitle("Nothing to compare with");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }

    private static ComparisonJson json(Comparison c) {
        return new ComparisonJson(
                side(c.before()),
                side(c.after()),
                new Overall(standing(c.overallBefore()), standing(c.overallAfter())),
                c.capabilities().stream()
                        .map(change -> new Change(
                                change.key(),
                                change.name(),
                                change.area(),
                                lower(change.presence()),
                                standing(change.before()),
                                standing(change.after()),
                                lower(change.movement()),
                                change.target(),
                                change.gapAfter(),
                                change.blockers()))
                        .toList());
    }

    private static Side side(Comparison.Side s) {
        return new Side(s.interview().toString(), s.templateName(), s.templateVersion(), s.completedAt());
    }

    private static Standing standing(Comparison.Standing s) {
        return new Standing(s.level(), s.score());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
