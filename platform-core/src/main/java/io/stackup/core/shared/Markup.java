package io.stackup.core.shared;

/** Text made safe to put into HTML or SVG markup, as element content or a quoted attribute value. */
public final class Markup {

    private Markup() {}

    /** Escapes {@code < > & " '}; never returns null. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
