package io.stackup.core.shared;

import java.util.Locale;

/** LIKE patterns for the search boxes of lists. */
public final class SearchPatterns {

    private SearchPatterns() {}

    /**
     * A pattern that matches values containing {@code search}, lowercased, with LIKE's wildcards in it taken
     * literally (PostgreSQL's default escape character is the backslash).
     */
    public static String contains(String search) {
        String escaped = search.strip()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
