package io.stackup.core.template;

import io.stackup.core.template.scoring.Result;
import java.util.List;

/** What the live preview shows: the result, and which questions are visible with the answers given so far. */
public record Preview(Result result, List<String> visibleQuestions) {

    public Preview {
        visibleQuestions = List.copyOf(visibleQuestions);
    }
}
