package io.stackup.ui.template;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.stackup.core.template.TemplateComparison;
import io.stackup.core.template.document.TemplateDiff;
import java.util.Locale;

/**
 * What changed in a version against the previous version of its key: one line per added, removed or changed item
 * (by its path of keys), a changed one naming its fields.
 */
final class CompareDialog extends Dialog {

    CompareDialog(String version, TemplateComparison comparison) {
        setId("compare-dialog");
        setWidth("min(95vw, 48rem)");
        String previous = comparison.previousVersion();
        if (previous == null) {
            setHeaderTitle(getTranslation("template.compare.title", version, "–"));
            add(new Paragraph(getTranslation("template.compare.first")));
        } else {
            setHeaderTitle(getTranslation("template.compare.title", version, previous));
            if (comparison.changes().isEmpty()) {
                add(new Paragraph(getTranslation("template.compare.none")));
            }
            for (TemplateDiff.Change change : comparison.changes()) {
                String where = change.path().isEmpty() ? getTranslation("template.compare.template") : change.path();
                String text = getTranslation(
                        "template.compare." + change.kind().name().toLowerCase(Locale.ROOT),
                        where,
                        String.join(", ", change.fields()));
                Div line = new Div(text);
                line.addClassName("stackup-change");
                line.getElement().setAttribute("data-kind", change.kind().name().toLowerCase(Locale.ROOT));
                add(line);
            }
        }
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("close-compare");
        getFooter().add(close);
    }
}
