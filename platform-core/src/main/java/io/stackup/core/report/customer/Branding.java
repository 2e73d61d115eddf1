package io.stackup.core.report.customer;

import io.stackup.core.report.pdf.PdfDocuments;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How a tenant's customer reports look as theirs: a logo on the cover and an accent colour, used only for thin rules
 * (never for text, so a light colour cannot make anything unreadable, and a report prints the same in grayscale).
 * A tenant's settings ({@code io.stackup.core.settings}) give it; {@link #NONE} (no logo, neutral rules) is for a
 * tenant that set neither.
 */
public final class Branding {

    /** No logo, neutral rules. */
    public static final Branding NONE = new Branding(null, null);

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final byte @Nullable [] logo;
    private final @Nullable String accent;

    private Branding(byte @Nullable [] logo, @Nullable String accent) {
        this.logo = logo;
        this.accent = accent;
    }

    /**
     * @param logo a PNG or JPEG image, or {@code null} for none
     * @param accent a colour as {@code #rrggbb}, or {@code null} for neutral
     * @throws IllegalArgumentException for a logo of another kind or an accent of another form
     */
    public static Branding of(byte @Nullable [] logo, @Nullable String accent) {
        if (logo != null && PdfDocuments.imageType(logo) == null) {
            throw new IllegalArgumentException("A logo is a PNG or JPEG image");
        }
        if (accent != null && !COLOUR.matcher(accent).matches()) {
            throw new IllegalArgumentException("An accent colour is written #rrggbb");
        }
        return new Branding(logo == null ? null : logo.clone(), accent);
    }

    /** The logo's bytes (a copy), or {@code null}. */
    public byte @Nullable [] logo() {
        return logo == null ? null : logo.clone();
    }

    /** The accent colour as {@code #rrggbb}, or {@code null} for neutral. */
    public @Nullable String accent() {
        return accent;
    }
}
