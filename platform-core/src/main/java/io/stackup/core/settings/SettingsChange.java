package io.stackup.core.settings;

import org.jspecify.annotations.Nullable;

/**
 * The settings an admin saves, all at once; {@link SettingsService#change} checks every field and names each one that
 * does not fit.
 *
 * @param accentColour {@code #rrggbb}, or {@code null}/blank for none
 * @param leadPickupHours 1 to 8760, or {@code null} for the platform's default
 * @param timeZone an IANA time zone id such as {@code Europe/Berlin}
 * @param defaultLanguage one of {@link SettingsService#LANGUAGES}
 * @param version the {@link Settings#version} the change was made from
 */
public record SettingsChange(
        @Nullable String name,
        @Nullable String accentColour,
        @Nullable Integer leadPickupHours,
        @Nullable String timeZone,
        @Nullable String defaultLanguage,
        int version) {}
