package io.stackup.core.template.document;

import io.stackup.core.template.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects problems, with their paths, up to {@value #MAX} of them and {@value #MAX_CHARACTERS} characters in all;
 * builds JSONPaths. Paths and messages are cut to {@value #MAX_PATH} and {@value #MAX_MESSAGE} characters: a document
 * can name a field with 20,000 characters and repeat it through YAML aliases, and the answer to it must stay small.
 */
final class Problems {

    static final int MAX = 1000;
    static final int MAX_PATH = 300;
    static final int MAX_MESSAGE = 500;
    static final int MAX_CHARACTERS = 100_000;

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final List<Problem> problems = new ArrayList<>();
    private boolean truncated;
    private int characters;

    void add(String path, String message) {
        String shortPath = cut(path, MAX_PATH);
        String shortMessage = cut(message, MAX_MESSAGE);
        int size = shortPath.length() + shortMessage.length();
        if (problems.size() < MAX && characters + size <= MAX_CHARACTERS) {
            problems.add(new Problem(shortPath, shortMessage));
            characters += size;
        } else {
            truncated = true;
        }
    }

    /** The text, or its first characters and an ellipsis with the length it had. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String suffix = "… (" + text.length() + " characters)";
        return text.substring(0, max - suffix.length()) + suffix;
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
            all.add(new Problem(
                    "$", "more problems than can be listed; only the first " + problems.size() + " are listed"));
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
