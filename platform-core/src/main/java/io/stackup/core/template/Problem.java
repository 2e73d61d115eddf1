package io.stackup.core.template;

import java.util.List;

/**
 * One thing wrong with a document or an answer.
 *
 * @param path a JSONPath from the root of what was read, zero-based, e.g. {@code $.areas[0].capabilities[2].target}:
 *     the offending value, or for a missing field the place where it belongs; names that are not plain identifiers
 *     are bracketed, e.g. {@code $.scoring.thresholds['level-2']}
 * @param message what is wrong, for a person
 */
public record Problem(String path, String message) {

    /** The message of an exception refusing {@code what}: the first problem, and how many more there are. */
    static String summary(String what, List<Problem> problems) {
        if (problems.isEmpty()) {
            return what + " refused";
        }
        Problem first = problems.getFirst();
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "";
        return what + " refused: " + first.path() + ": " + first.message() + more;
    }
}
