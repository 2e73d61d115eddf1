package io.stackup.ui.shell;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How dates and times read on a screen: in one time zone (the tenant's, with its daylight saving time) and one locale
 * (the UI's). {@link UserFormats} makes one per call from the request's zone and the UI's locale; this is the pure part,
 * free of Vaadin and of the database.
 *
 * @param zone the zone every instant is shown in; never null
 * @param locale the words and order of the formats; never null
 */
record DateTimes(ZoneId zone, Locale locale) {

    /** A date and time, e.g. "27 Nov 2026, 14:05" in en-GB. */
    String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone)
                .format(instant);
    }

    /** A time of day, e.g. "14:05" in en-GB. */
    String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone)
                .format(instant);
    }

    /** A date, e.g. "27 Nov 2026" in en-GB; a date has no zone. */
    String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(date);
    }

    /** Today in the zone. */
    LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(zone));
    }
}
