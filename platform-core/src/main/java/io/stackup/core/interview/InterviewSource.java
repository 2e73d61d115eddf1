package io.stackup.core.interview;

import java.util.Locale;

/**
 * How an interview came to be: assigned by an admin, started by an interviewer for themselves, or a prospect's own
 * public self-assessment (no interviewer).
 */
public enum InterviewSource {
    ASSIGNED,
    SELF,
    SELF_ASSESSMENT;

    public String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static InterviewSource fromJson(String value) {
        for (InterviewSource source : values()) {
            if (source.json().equals(value)) {
                return source;
            }
        }
        throw new IllegalArgumentException("unknown interview source '" + value + "'");
    }
}
