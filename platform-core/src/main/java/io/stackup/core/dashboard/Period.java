package io.stackup.core.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The days an Overview covers, both included, read in {@code zone} (the tenant's time zone; {@link DashboardService}
 * puts it in): from the start of {@code from} to the end of {@code to}. Never empty: {@code to} is not before
 * {@code from}.
 */
public record Period(LocalDate from, LocalDate to, ZoneId zone) {

    /** The period the Overview opens with: the last {@value} days, today included. */
    public static final int DEFAULT_DAYS = 90;

    /** The longest period: ten years, so a mistyped year does not scan the whole history by accident. */
    public static final int MAX_DAYS = 3660;

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts: " + from + " to " + to);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("the period is longer than " + MAX_DAYS + " days");
        }
    }

    /** These days read in UTC. */
    public Period(LocalDate from, LocalDate to) {
        this(from, to, ZoneOffset.UTC);
    }

    /** The same days read in {@code zone}. */
    public Period in(ZoneId zone) {
        return new Period(from, to, zone);
    }

    /** The last {@code days} days up to and including {@code today}. */
    public static Period lastDays(int days, LocalDate today) {
        return new Period(today.minusDays(days - 1L), today);
    }

    /** The first instant of the period. */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
