package io.stackup.core.settings;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks an accent colour: the UI's header shows white text on it, so it must be {@code #rrggbb} and dark enough for
 * white text to be read: a contrast of at least {@value #MIN_CONTRAST}:1 (WCAG 2's level AA for normal text).
 */
final class AccentColours {

    static final double MIN_CONTRAST = 4.5;

    private static final Pattern FORM = Pattern.compile("#[0-9a-fA-F]{6}");

    private AccentColours() {}

    /** Why {@code colour} is refused, or {@code null} when it fits. */
    static @Nullable String problem(String colour) {
        if (!FORM.matcher(colour).matches()) {
            return "is written #rrggbb, six hexadecimal digits, e.g. #1a5fb4";
        }
        double contrast = contrastWithWhite(colour);
        if (contrast < MIN_CONTRAST) {
            return String.format(
                    Locale.ROOT,
                    "is too light: white text on %s has a contrast of %.1f:1, at least %.1f:1 is needed to read it;"
                            + " choose a darker colour",
                    colour.toLowerCase(Locale.ROOT),
                    contrast,
                    MIN_CONTRAST);
        }
        return null;
    }

    /** The contrast ratio of white against {@code #rrggbb}, from 1 (white) to 21 (black). */
    static double contrastWithWhite(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        double luminance =
                0.2126 * linear((rgb >> 16) & 0xff) + 0.7152 * linear((rgb >> 8) & 0xff) + 0.0722 * linear(rgb & 0xff);
        return 1.05 / (luminance + 0.05);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
