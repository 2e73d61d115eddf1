package io.stackup.core.dashboard;

import java.time.Duration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An expert's claims in the period, the median time from a lead's making to its claim ({@code null} without claims),
 * and the leads they hold that were won or lost in the period.
 */
public record ExpertActivity(
        UUID member, String name, long claims, @Nullable Duration medianPickUp, long won, long lost) {

    /** won / (won + lost); {@code null} when none was decided. */
    public @Nullable Double winRate() {
        return won + lost == 0 ? null : (double) won / (won + lost);
    }
}
