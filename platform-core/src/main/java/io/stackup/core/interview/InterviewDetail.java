package io.stackup.core.interview;

import io.stackup.core.prospect.ProspectId;
import io.stackup.core.template.Answer;
import io.stackup.core.template.TemplateId;
import io.stackup.core.template.scoring.Result;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An interview with its answers and history.
 *
 * @param template the pinned published version
 * @param interviewerUserId the interviewer's Keycloak id; {@code null} for a self-assessment
 * @param targets the interview's overrides, capability key to level key
 * @param answers oldest change first
 * @param history oldest first
 * @param result the stored result once completed, else {@code null}
 */
public record InterviewDetail(
        InterviewId id,
        ProspectId prospectId,
        String prospectName,
        TemplateId template,
        String templateKey,
        String templateName,
        String templateVersion,
        @Nullable String interviewerEmail,
        @Nullable String interviewerName,
        @Nullable String interviewerUserId,
        InterviewStatus status,
        InterviewSource source,
        Map<String, String> targets,
        @Nullable LocalDate dueDate,
        Instant createdAt,
        String createdBy,
        @Nullable Instant startedAt,
        @Nullable Instant completedAt,
        List<StoredAnswer> answers,
        List<InterviewEvent> history,
        @Nullable Result result) {

    public InterviewDetail {
        targets = Map.copyOf(targets);
        answers = List.copyOf(answers);
        history = List.copyOf(history);
    }

    /** The answers by question key, as the scoring engine takes them. */
    public Map<String, Answer> answerMap() {
        Map<String, Answer> map = new LinkedHashMap<>();
        answers.forEach(a -> map.put(a.questionKey(), a.answer()));
        return map;
    }
}
