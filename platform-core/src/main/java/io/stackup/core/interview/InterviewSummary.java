package io.stackup.core.interview;

import io.stackup.core.prospect.ProspectId;
import io.stackup.core.template.TemplateId;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A row of an interview list.
 *
 * @param interviewerEmail {@code null} for a self-assessment
 * @param qualificationScore the lead score once completed, else {@code null}
 * @param qualified whether the lead qualifies once completed, else {@code null}
 * @param overallLevel the key of the overall level of the stored result once completed; {@code null} before, or when
 *     nothing is assessed
 * @param overallScore the overall score of the stored result, in [0, 1], once completed; {@code null} before, or when
 *     nothing is assessed
 */
public record InterviewSummary(
        InterviewId id,
        ProspectId prospectId,
        String prospectName,
        TemplateId templateId,
        String templateName,
        String templateVersion,
        @Nullable String interviewerEmail,
        @Nullable String interviewerName,
        InterviewStatus status,
        InterviewSource source,
        @Nullable LocalDate dueDate,
        Instant createdAt,
        @Nullable Instant completedAt,
        @Nullable Double qualificationScore,
        @Nullable Boolean qualified,
        @Nullable String overallLevel,
        @Nullable Double overallScore) {}
