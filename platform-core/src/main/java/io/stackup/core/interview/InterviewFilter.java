package io.stackup.core.interview;

import io.stackup.core.prospect.ProspectId;
import org.jspecify.annotations.Nullable;

/**
 * Which interviews a list shows, within what the caller may see. Every part is optional.
 *
 * @param interviewerEmail only this interviewer's
 * @param search matches the prospect's or the template's name, case-insensitively; blank for all
 */
public record InterviewFilter(
        @Nullable InterviewStatus status,
        @Nullable String interviewerEmail,
        @Nullable ProspectId prospect,
        String search) {

    public static InterviewFilter all() {
        return new InterviewFilter(null, null, null, "");
    }

    public static InterviewFilter ofProspect(ProspectId prospect) {
        return new InterviewFilter(null, null, prospect, "");
    }
}
