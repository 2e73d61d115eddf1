package io.stackup.core.settings;

import org.jspecify.annotations.Nullable;

/**
 * How the current tenant looks to its members: the header's name, colour and logo, the customer report's branding.
 *
 * @param accentColour {@code #rrggbb}, or {@code null} for neutral
 * @param logoPng the re-encoded logo (a PNG of at most {@value LogoImages#MAX_WIDTH} x {@value LogoImages#MAX_HEIGHT}),
 *     or {@code null}
 */
public record TenantLook(String name, @Nullable String accentColour, byte @Nullable [] logoPng) {}
