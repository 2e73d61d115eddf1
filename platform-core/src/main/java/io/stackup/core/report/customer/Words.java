package io.stackup.core.report.customer;

import io.stackup.core.report.Comparison;
import io.stackup.core.report.ReportNumbers;
import io.stackup.core.report.ResultReport.ScaleLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The customer report's words around the template's names, in one place: levels, gaps, counts and dates as the report
 * writes them. Percentages are {@link ReportNumbers#percent}'s, as on the result screen.
 */
final class Words {

    static final String NOT_ASSESSED = "not assessed";
    static final String TARGET_REACHED = "target reached";
    static final String NO_SPEND = "No spend";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private Words() {}

    static String level(@Nullable ScaleLevel level) {
        return level == null ? NOT_ASSESSED : level.name();
    }

    /** A level with its score, as the screen writes it: "Basic (0%)"; "not assessed" without a level. */
    static String standing(@Nullable ScaleLevel level, @Nullable Double score) {
        return level == null ? NOT_ASSESSED : level.name() + " (" + ReportNumbers.percent(score) + ")";
    }

    /** A comparison's standing: "Basic (0%)", "not assessed", or {@link ReportNumbers#NONE} where it is absent. */
    static String standing(Comparison.Standing standing, boolean present) {
        if (!present) {
            return ReportNumbers.NONE;
        }
        return standing.levelName() == null
                ? NOT_ASSESSED
                : standing.levelName() + " (" + ReportNumbers.percent(standing.score()) + ")";
    }

    /** A gap in levels: "2 levels", "1 level", "target reached"; {@link ReportNumbers#NONE} when not assessed. */
    static String gap(@Nullable Integer gap) {
        if (gap == null) {
            return ReportNumbers.NONE;
        }
        return gap == 0 ? TARGET_REACHED : count(gap, "level", "levels");
    }

    /** "1 capability", "3 capabilities", "no capabilities". */
    static String count(int n, String one, String many) {
        return (n == 0 ? "no" : Integer.toString(n)) + " " + (n == 1 ? one : many);
    }

    /** "A", "A and B", "A, B and C". */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String date(Instant instant, ZoneId zone) {
        return DATE.format(LocalDate.ofInstant(instant, zone));
    }

    static String movement(Comparison.CapabilityChange change) {
        return switch (change.presence()) {
            case ONLY_AFTER -> "new in this assessment";
            case ONLY_BEFORE -> "no longer assessed";
            case BOTH ->
                switch (change.movement()) {
                    case UP -> "up";
                    case DOWN -> "down";
                    case SAME -> "same";
                    case NOT_COMPARABLE -> "not comparable";
                };
        };
    }
}
