package io.stackup.core.lead;

import java.util.Locale;

/**
 * The order of a lead list, after the leads in the calling expert's areas (which always come first): by score, highest
 * first; by age, oldest first; or newest first. Ties go oldest first.
 */
public enum LeadSort {
    SCORE,
    OLDEST,
    NEWEST;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for anything but a sort's {@link #json()} */
    public static LeadSort fromJson(String value) {
        for (LeadSort sort : values()) {
            if (sort.json().equals(value)) {
                return sort;
            }
        }
        throw new IllegalArgumentException("unknown lead sort '" + value + "'");
    }
}
