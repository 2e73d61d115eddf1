package io.stackup.core.template.document;

import io.stackup.core.template.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects problems, with their paths, up to {@value #MAX}; builds JSONPaths. */
final class Problems {

    static final int MAX = 1000;

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final List<Problem> problems = new ArrayList<>();
    private boolean truncated;

    void add(String path, String message) {
        if (problems.size() < MAX) {
            problems.add(new Problem(path, message));
        } else {
            truncated = true;
        }
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    int size() {
        return problems.size();
    }

    List<Problem> list() {
        List<Problem> all = new ArrayList<>(problems);
        if (truncated) {
            all.add(new Problem("$", "more than " + MAX + " problems; only the first " + MAX + " are listed"));
        }
        return all;
    }

    /** The path of a member: {@code $.name}, or {@code $['odd-name']} when the name is not an identifier. */
    static String member(String parent, String name) {
        if (IDENTIFIER.matcher(name).matches()) {
            return parent + "." + name;
        }
        return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
