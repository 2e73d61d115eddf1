package io.stackup.ui.template;

import io.stackup.core.template.TemplateKeySummary;
import io.stackup.core.template.TemplateVersionSummary;

/** A line of the template list: a key (with its latest version) or, below it, one of its versions. */
sealed interface TemplateRow {

    /** What the row's cells mark themselves with for tests and styles: the key, or key@version. */
    String mark();

    record Key(TemplateKeySummary summary) implements TemplateRow {
        @Override
        public String mark() {
            return summary.key();
        }
    }

    record Version(TemplateVersionSummary summary) implements TemplateRow {
        @Override
        public String mark() {
            return summary.version().key() + "@" + summary.version().version();
        }
    }
}
