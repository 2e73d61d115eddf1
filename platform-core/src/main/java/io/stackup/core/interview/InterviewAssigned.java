package io.stackup.core.interview;

import io.stackup.core.tenancy.TenantId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An interviewer was given an interview (assigned or reassigned by someone else); published in the transaction, acted
 * on after it commits (the interviewer's e-mail). Carries what the mail needs, so a listener reads nothing.
 */
public record InterviewAssigned(
        TenantId tenant,
        InterviewId interview,
        String interviewerEmail,
        String interviewerName,
        String prospectName,
        String templateName,
        String templateVersion,
        @Nullable LocalDate dueDate,
        String assignedBy) {}
