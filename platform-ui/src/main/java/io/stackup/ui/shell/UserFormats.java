package io.stackup.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import io.stackup.core.settings.TenantRegion;
import io.stackup.core.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates and times on every screen, in the UI's locale and the tenant's time zone (its settings, docs/spec/api.md
 * "Settings"): the one place that decides the zone, so that no view converts on its own. The tenant's zone is read
 * once per request ({@link TenantRegions}); outside a tenant the browser's zone is used, learnt once per session
 * ({@link #rememberTimeZone(UI)}), and UTC until it is known.
 */
public final class UserFormats {

    private static final String ZONE_ATTRIBUTE = UserFormats.class.getName() + ".zone";
    private static final ZoneId UTC = ZoneId.of("UTC");

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

    /** The zone dates are shown and read in: the bound tenant's, else the browser's, else UTC. */
    public static ZoneId zone() {
        return tenantRegion().map(TenantRegion::timeZone).orElseGet(UserFormats::browserZone);
    }

    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    /** A date and time, e.g. "27 Nov 2026, 14:05" in en-GB. */
    public static String dateTime(Instant instant) {
        return formats().dateTime(instant);
    }

    /** A time of day, e.g. "14:05" in en-GB: for "saved at" within the current day. */
    public static String time(Instant instant) {
        return formats().time(instant);
    }

    /** A date, e.g. "27 Nov 2026" in en-GB. */
    public static String date(LocalDate date) {
        return formats().date(date);
    }

    /** Today in the tenant's (else the user's) time zone. */
    public static LocalDate today() {
        return formats().today(Clock.systemUTC());
    }

    private static DateTimes formats() {
        return new DateTimes(zone(), locale());
    }

    private static Optional<TenantRegion> tenantRegion() {
        VaadinService service = VaadinService.getCurrent();
        if (service == null || TenantContext.currentTenant().isEmpty()) {
            // outside a tenant there is no region to look up (and no TenantRegions bean in a UI test without Spring)
            return Optional.empty();
        }
        return service.getInstantiator().getOrCreate(TenantRegions.class).current();
    }

    private static ZoneId browserZone() {
        VaadinSession session = VaadinSession.getCurrent();
        Object zone = session == null ? null : session.getAttribute(ZONE_ATTRIBUTE);
        return zone instanceof ZoneId id ? id : UTC;
    }
}
