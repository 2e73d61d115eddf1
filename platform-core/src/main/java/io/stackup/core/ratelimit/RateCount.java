package io.stackup.core.ratelimit;

import java.time.Duration;

/**
 * A bucket's hits in its current window, this one included, and how long until that window ends (at least a second).
 */
public record RateCount(int hits, Duration untilWindowEnds) {

    /** Whether this hit went past {@code limit} hits a window. */
    public boolean over(int limit) {
        return hits > limit;
    }

    /** "5 minutes", "1 minute": {@link #untilWindowEnds()} rounded up to whole minutes, at least one. */
    public String minutesLeft() {
        long minutes = Math.max(1, (untilWindowEnds.toSeconds() + 59) / 60);
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
