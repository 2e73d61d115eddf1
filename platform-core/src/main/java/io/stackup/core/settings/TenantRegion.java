package io.stackup.core.settings;

import java.time.ZoneId;
import java.util.Locale;

/**
 * Where the current tenant works: the time zone every date and time on its screens and in its reports is shown in, and
 * the language its members see when their browser asks for none the UI speaks.
 *
 * @param timeZone the tenant's time zone; UTC when it set none
 * @param defaultLanguage one of {@link SettingsService#LANGUAGES}
 */
public record TenantRegion(ZoneId timeZone, String defaultLanguage) {

    /** Where a tenant that set nothing works, and where work without a tenant is shown: UTC, the first language. */
    public static final TenantRegion DEFAULT = new TenantRegion(ZoneId.of("UTC"), SettingsService.LANGUAGES.getFirst());

    /** The default language as a locale (language only, no country). */
    public Locale language() {
        return Locale.forLanguageTag(defaultLanguage);
    }
}
