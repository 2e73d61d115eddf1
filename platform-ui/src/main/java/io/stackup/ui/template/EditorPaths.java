package io.stackup.ui.template;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a problem's JSONPath (e.g. {@code $.questionnaire.sections[1].questions[4].options[0].level}) for what the
 * editor must show to reach it: the tab, the indexes of the owning area, capability, section or question, and the
 * paths from the value up to the document root, longest first.
 */
final class EditorPaths {

    /** The editor's tabs, in order. */
    static final List<String> TABS = List.of("general", "catalog", "questionnaire", "qualification");

    private EditorPaths() {}

    /** The tab that edits the value at the path. */
    static String tab(String path) {
        if (path.startsWith("$.areas")) {
            return "catalog";
        }
        if (path.startsWith("$.questionnaire")) {
            return "questionnaire";
        }
        if (path.startsWith("$.qualification")) {
            return "qualification";
        }
        return "general";
    }

    /** The index in the first {@code name[n]} of the path, e.g. {@code questions} in a question's option path. */
    static OptionalInt index(String path, String name) {
        Matcher m = Pattern.compile("\\." + Pattern.quote(name) + "\\[(\\d+)]").matcher(path);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /**
     * The path and its ancestors, longest first, each ancestor that is an element of an array followed by its
     * {@code key} (the field that names the owning object): {@code $.a[0].b} gives {@code $.a[0].b, $.a[0],
     * $.a[0].key, $.a, $}.
     */
    static List<String> candidates(String path) {
        List<String> all = new ArrayList<>();
        String p = path;
        while (!p.isEmpty()) {
            all.add(p);
            if (p.endsWith("]")) {
                all.add(p + ".key");
            }
            p = parent(p);
        }
        return all;
    }

    private static String parent(String path) {
        if (path.endsWith("]")) {
            return path.substring(0, path.lastIndexOf('['));
        }
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }
}
