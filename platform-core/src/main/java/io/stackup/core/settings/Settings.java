package io.stackup.core.settings;

import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's settings as its admins see them.
 *
 * @param name the tenant's name, shown in the header and on reports
 * @param accentColour {@code #rrggbb} (lower case), or {@code null} for the platform's neutral look
 * @param leadPickupHours the time to pick up a qualified lead, or {@code null} for the platform's default
 * @param timeZone the tenant's time zone; UTC when it set none
 * @param defaultLanguage one of {@link SettingsService#LANGUAGES}
 * @param logo whether the tenant has a logo
 * @param version pass it back to {@link SettingsService#change}; a change by someone else meanwhile is refused
 */
public record Settings(
        String name,
        @Nullable String accentColour,
        @Nullable Integer leadPickupHours,
        ZoneId timeZone,
        String defaultLanguage,
        boolean logo,
        int version) {}
