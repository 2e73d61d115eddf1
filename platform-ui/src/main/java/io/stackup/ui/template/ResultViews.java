package io.stackup.ui.template;

import com.vaadin.flow.component.Component;
import io.stackup.core.template.Template;
import io.stackup.core.template.scoring.Result;

/**
 * The result panel of the template preview, for other features that show a stored result (the interview page): the
 * ladder per area, gaps, roadmap and lead, in the template's own names.
 */
public final class ResultViews {

    private ResultViews() {}

    public static Component of(Template template, Result result) {
        ResultPanel panel = new ResultPanel(template);
        panel.show(result);
        return panel;
    }
}
