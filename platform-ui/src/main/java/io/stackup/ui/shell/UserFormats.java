package io.stackup.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and times in the user's locale and time zone. The zone comes from the browser, once per session
 * ({@link #rememberTimeZone(UI)}); until it is known, UTC.
 */
public final class UserFormats {

    private static final String ZONE_ATTRIBUTE = UserFormats.class.getName() + ".zone";

    private UserFormats() {}

    static void rememberTimeZone(UI ui) {
        VaadinSession session = ui.getSession();
        if (session.getAttribute(ZONE_ATTRIBUTE) == null) {
            ui.getPage().retrieveExtendedClientDetails(details -> {
                String zone = details.getTimeZoneId();
                if (zone != null && ZoneId.getAvailableZoneIds().contains(zone)) {
                    session.setAttribute(ZONE_ATTRIBUTE, ZoneId.of(zone));
                }
            });
        }
    }

    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        Object zone = session == null ? null : session.getAttribute(ZONE_ATTRIBUTE);
        return zone instanceof ZoneId id ? id : ZoneId.of("UTC");
    }

    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    /** A date and time, e.g. "27 Nov 2026, 14:05" in en-GB. */
    public static String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale())
                .withZone(zone())
                .format(instant);
    }

    /** A time of day, e.g. "14:05" in en-GB: for "saved at" within the current day. */
    public static String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale())
                .withZone(zone())
                .format(instant);
    }

    /** A date, e.g. "27 Nov 2026" in en-GB. */
    public static String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale())
                .format(date);
    }

    /** Today in the user's time zone. */
    public static LocalDate today() {
        return LocalDate.now(zone());
    }
}
