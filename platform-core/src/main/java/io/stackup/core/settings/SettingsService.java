package io.stackup.core.settings;

import io.stackup.core.audit.AuditEntry;
import io.stackup.core.audit.AuditLog;
import io.stackup.core.settings.repository.SettingsRepository;
import io.stackup.core.settings.repository.SettingsRepository.Stored;
import io.stackup.core.template.Problem;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantId;
import io.stackup.core.tenancy.TenantSettings;
import jakarta.annotation.security.RolesAllowed;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's settings: read and changed by its admins, its look (name, accent colour, logo) read by every
 * member's header and customer report. Each change is checked field by field (every field that does not fit is named
 * at once, {@code $.field}), refused when the settings changed since the caller read them, and recorded as
 * {@code tenant.settings_changed} with the values before and after, in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class SettingsService {

    /** The languages the UI is translated into, by ISO 639-1 code; the first is the platform's default. */
    public static final List<String> LANGUAGES = List.of("en");

    /** The longest name. */
    public static final int MAX_NAME = 200;

    private static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");

    private final SettingsRepository repository;
    private final AuditLog audit;

    SettingsService(SettingsRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    /** The current tenant's settings. */
    @RolesAllowed(Roles.TENANT_ADMIN)
    public Settings current() {
        TenantId tenant = TenantContext.requireTenant();
        return toSettings(stored(tenant), repository.hasLogo(tenant));
    }

    /**
     * Saves the settings.
     *
     * @throws SettingsValidationException naming every field that does not fit
     * @throws SettingsConflictException when the settings changed since {@link SettingsChange#version}
     */
    @RolesAllowed(Roles.TENANT_ADMIN)
    @Transactional
    public Settings change(SettingsChange change) {
        TenantId tenant = TenantContext.requireTenant();
        Stored after = validate(change);
        Stored before = stored(tenant);
        if (before.version() != change.version() || !repository.update(tenant, after, change.version())) {
            throw new SettingsConflictException();
        }
        AuditEntry entry = AuditEntry.ofTenant("tenant.settings_changed", "Changed the settings");
        List<String> changed = new ArrayList<>();
        entry = differ(entry, changed, "name", before.name(), after.name());
        entry = differ(entry, changed, "accentColour", before.accentColour(), after.accentColour());
        entry = differ(entry, changed, "leadPickupHours", before.leadPickupHours(), after.leadPickupHours());
        Settings was = toSettings(before, false);
        entry = differ(entry, changed, "timeZone", was.timeZone().getId(), after.timeZone());
        entry = differ(entry, changed, "defaultLanguage", was.defaultLanguage(), after.defaultLanguage());
        if (!changed.isEmpty()) {
            audit.record(new AuditEntry(
                    entry.action(),
                    null,
                    null,
                    "Changed the settings: " + String.join(", ", changed),
                    entry.details()));
        }
        return toSettings(stored(tenant), repository.hasLogo(tenant));
    }

    /**
     * Replaces the tenant's logo with {@code upload}, re-encoded ({@link LogoImages#reencode}); the upload itself is
     * not kept.
     *
     * @throws SettingsValidationException at {@code $.logo} for an upload too large or not a PNG or JPEG image
     */
    @RolesAllowed(Roles.TENANT_ADMIN)
    @Transactional
    public void replaceLogo(byte[] upload) {
        LogoImages.Logo logo = LogoImages.reencode(upload);
        TenantId tenant = TenantContext.requireTenant();
        boolean had = repository.hasLogo(tenant);
        repository.saveLogo(tenant, logo.png(), logo.width(), logo.height());
        audit.record(AuditEntry.ofTenant("tenant.settings_changed", "Changed the settings: logo")
                .with("logo.before", had ? "a logo" : "none")
                .with("logo.after", "a logo of " + logo.width() + " x " + logo.height() + " pixels"));
    }

    /** Removes the tenant's logo; whether it had one (removing none records nothing). */
    @RolesAllowed(Roles.TENANT_ADMIN)
    @Transactional
    public boolean removeLogo() {
        boolean had = repository.deleteLogo(TenantContext.requireTenant());
        if (had) {
            audit.record(AuditEntry.ofTenant("tenant.settings_changed", "Changed the settings: logo removed")
                    .with("logo.before", "a logo")
                    .with("logo.after", "none"));
        }
        return had;
    }

    /** The current tenant's logo (a re-encoded PNG), if it has one: for its members' header. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
    public java.util.Optional<byte[]> logo() {
        return repository.logo(TenantContext.requireTenant());
    }

    /** How the current tenant looks: its name, accent colour and logo (header and customer report). */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
    public TenantLook look() {
        TenantId tenant = TenantContext.requireTenant();
        Stored stored = stored(tenant);
        return new TenantLook(
                stored.name(), stored.accentColour(), repository.logo(tenant).orElse(null));
    }

    /**
     * The current tenant's time zone and default language, for every member's screens and reports (one read of the
     * tenant row).
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
    public TenantRegion region() {
        Settings settings = toSettings(stored(TenantContext.requireTenant()), false);
        return new TenantRegion(settings.timeZone(), settings.defaultLanguage());
    }

    private Stored stored(TenantId tenant) {
        return repository.find(tenant).orElseThrow(() -> new IllegalStateException("No tenant " + tenant));
    }

    private static Settings toSettings(Stored s, boolean logo) {
        return new Settings(
                s.name(),
                s.accentColour(),
                s.leadPickupHours(),
                s.timeZone() == null ? DEFAULT_ZONE : ZoneId.of(s.timeZone()),
                s.defaultLanguage() == null ? LANGUAGES.getFirst() : s.defaultLanguage(),
                logo,
                s.version());
    }

    /** The change as it is stored, or every field that does not fit. */
    private static Stored validate(SettingsChange change) {
        List<Problem> problems = new ArrayList<>();
        String name = change.name() == null ? "" : change.name().strip();
        if (name.isEmpty()) {
            problems.add(new Problem("$.name", "is required"));
        } else if (name.length() > MAX_NAME) {
            problems.add(new Problem("$.name", "is longer than " + MAX_NAME + " characters"));
        }
        String accent = blankToNull(change.accentColour());
        if (accent != null) {
            String problem = AccentColours.problem(accent);
            if (problem != null) {
                problems.add(new Problem("$.accentColour", problem));
            }
            accent = accent.toLowerCase(Locale.ROOT);
        }
        Integer hours = change.leadPickupHours();
        if (hours != null && (hours < 1 || hours > TenantSettings.MAX_PICKUP_HOURS)) {
            problems.add(new Problem(
                    "$.leadPickupHours", "is 1 to " + TenantSettings.MAX_PICKUP_HOURS + " hours (a year), or empty"));
        }
        String zone = blankToNull(change.timeZone());
        if (zone == null) {
            problems.add(new Problem("$.timeZone", "is required, e.g. Europe/Berlin"));
        } else {
            try {
                zone = ZoneId.of(zone).getId();
            } catch (DateTimeException e) {
                problems.add(new Problem("$.timeZone", "is not a time zone; use a name such as Europe/Berlin"));
            }
        }
        String language = blankToNull(change.defaultLanguage());
        if (language == null || !LANGUAGES.contains(language)) {
            problems.add(new Problem("$.defaultLanguage", "is one of " + String.join(", ", LANGUAGES)));
        }
        if (!problems.isEmpty()) {
            throw new SettingsValidationException(problems);
        }
        return new Stored(name, accent, hours, zone, language, change.version());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static AuditEntry differ(
            AuditEntry entry, List<String> changed, String field, @Nullable Object before, @Nullable Object after) {
        if (Objects.equals(before, after)) {
            return entry;
        }
        changed.add(field);
        return entry.with(field + ".before", before == null ? "(default)" : before)
                .with(field + ".after", after == null ? "(default)" : after);
    }
}
