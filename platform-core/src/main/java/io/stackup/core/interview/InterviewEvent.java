package io.stackup.core.interview;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an interview's history.
 *
 * @param interviewerEmail the interviewer it was (re)assigned to, for {@code assigned} and {@code reassigned}
 * @param reason why, for {@code reassigned} and {@code cancelled}; what changed, for {@code targets_changed} (e.g.
 *     {@code Directory services: Rationalized (the template's target) → Dynamic})
 * @param actor who did it, as "Display Name (email)" where known
 */
public record InterviewEvent(
        InterviewEventKind kind,
        @Nullable String interviewerEmail,
        @Nullable String reason,
        String actor,
        Instant at) {}
