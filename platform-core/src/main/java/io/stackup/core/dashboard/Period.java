package io.stackup.core.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The days an Overview covers, both included, read in UTC (as reports date things): from the start of {@code from} to
 * the end of {@code to}. Never empty: {@code to} is not before {@code from}.
 */
public record Period(LocalDate from, LocalDate to) {

    /** The period the Overview opens with: the last {@value} days, today included. */
    public static final int DEFAULT_DAYS = 90;

    /** The longest period: ten years, so a mistyped year does not scan the whole history by accident. */
    public static final int MAX_DAYS = 3660;

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts: " + from + " to " + to);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("the period is longer than " + MAX_DAYS + " days");
        }
    }

    /** The last {@code days} days up to and including {@code today}. */
    public static Period lastDays(int days, LocalDate today) {
        return new Period(today.minusDays(days - 1L), today);
    }

    /** The first instant of the period. */
    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
