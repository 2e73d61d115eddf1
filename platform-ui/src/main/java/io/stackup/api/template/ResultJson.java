package io.stackup.api.template;

import io.stackup.core.template.scoring.Result;
import io.stackup.core.template.scoring.ResultDocument;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link Result} as docs/spec/api.md writes it ({@link ResultDocument}): levels as keys or {@code null}, unrounded
 * scores, evidence with {@code level} (gated) or {@code ratio} (weighted), rules by label or index. A preview has no
 * {@code interview} field.
 */
public final class ResultJson {

    private ResultJson() {}

    public static ObjectNode of(Result result) {
        return ResultDocument.toJson(result);
    }
}
