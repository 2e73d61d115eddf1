package io.stackup.core.lead;

import io.stackup.core.interview.InterviewSource;
import java.util.Locale;

/**
 * Where a lead came from: an interview run by an interviewer ({@code interview}, whether assigned or started for
 * themselves), or a prospect's own self-assessment through a public link ({@code self}).
 */
public enum LeadSource {
    INTERVIEW,
    SELF;

    /** As docs/spec/api.md and the database write it: {@code interview}, {@code self}. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for anything but a source's {@link #json()} */
    public static LeadSource fromJson(String value) {
        for (LeadSource source : values()) {
            if (source.json().equals(value)) {
                return source;
            }
        }
        throw new IllegalArgumentException("unknown lead source '" + value + "'");
    }

    /** The lead source of an interview's. */
    public static LeadSource of(InterviewSource source) {
        return source == InterviewSource.SELF_ASSESSMENT ? SELF : INTERVIEW;
    }
}
