package io.stackup.core.template;

import io.stackup.core.template.document.TemplateDiff;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A version compared with the previous version of its key (the one made just before it).
 *
 * @param previousVersion {@code null} for a key's first version, which has nothing to compare with
 */
public record TemplateComparison(@Nullable String previousVersion, List<TemplateDiff.Change> changes) {
    public TemplateComparison {
        changes = List.copyOf(changes);
    }
}
