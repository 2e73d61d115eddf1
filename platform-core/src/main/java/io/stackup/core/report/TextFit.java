package io.stackup.core.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits a label into a drawing: wrapped into a few lines of a given width, cut with "…" when it does not fit. Widths
 * are counted in units of an average Latin letter; a CJK character counts two, since it is about twice as wide. Never
 * splits a character (surrogate pairs stay whole).
 */
final class TextFit {

    static final String ELLIPSIS = "…";

    private TextFit() {}

    /** The text in at most {@code maxUnits}, cut with "…" when longer. */
    static String truncate(String text, int maxUnits) {
        List<String> lines = wrap(text, maxUnits, 1);
        return lines.isEmpty() ? "" : lines.getFirst();
    }

    /**
     * The text in at most {@code maxLines} lines of at most {@code maxUnits} each: broken at spaces where it can, inside
     * a word where it must; the last line ends with "…" when the text does not fit.
     */
    static List<String> wrap(String text, int maxUnits, int maxLines) {
        String rest = text.strip().replaceAll("\\s+", " ");
        List<String> lines = new ArrayList<>();
        while (!rest.isEmpty() && lines.size() < maxLines) {
            boolean last = lines.size() == maxLines - 1;
            if (units(rest) <= maxUnits) {
                lines.add(rest);
                rest = "";
            } else if (last) {
                lines.add(prefix(rest, maxUnits - 1).strip() + ELLIPSIS);
                rest = "";
            } else {
                String head = prefix(rest, maxUnits);
                if (head.isEmpty()) {
                    head = rest.substring(0, Character.charCount(rest.codePointAt(0)));
                }
                int space = head.lastIndexOf(' ');
                if (space > 0 && rest.charAt(head.length()) != ' ') {
                    head = head.substring(0, space);
                }
                lines.add(head.strip());
                rest = rest.substring(head.length()).strip();
            }
        }
        return lines;
    }

    /** The longest start of {@code text} of at most {@code maxUnits}. */
    private static String prefix(String text, int maxUnits) {
        int used = 0;
        int end = 0;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            used += units(cp);
            if (used > maxUnits) {
                break;
            }
            end += Character.charCount(cp);
        }
        return text.substring(0, end);
    }

    static int units(String text) {
        return text.codePoints().map(TextFit::units).sum();
    }

    private static int units(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, HANGUL -> 2;
            default -> Character.getType(codePoint) == Character.OTHER_SYMBOL ? 2 : 1;
        };
    }
}
