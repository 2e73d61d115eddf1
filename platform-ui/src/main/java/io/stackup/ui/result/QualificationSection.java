package io.stackup.ui.result;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import io.stackup.core.report.ResultReport;
import io.stackup.core.report.ResultReport.QualificationReport;
import io.stackup.core.report.ResultReport.RuleHeld;
import java.text.NumberFormat;

/** The lead qualification: score against threshold, qualified or not, and which rules held with their points. */
class QualificationSection extends Div {

    QualificationSection(ResultReport report) {
        setId("result-qualification");
        addClassName("stackup-section");
        add(new H3(getTranslation("result.qualification")));
        QualificationReport q = report.qualification();
        NumberFormat numbers = NumberFormat.getNumberInstance(getLocale());
        Paragraph summary = new Paragraph(
                q.threshold() == null
                        ? getTranslation("result.qualification.no-rules")
                        : getTranslation(
                                q.qualified() ? "result.qualification.qualified" : "result.qualification.not",
                                numbers.format(q.score()),
                                numbers.format(q.threshold())));
        summary.setId("qualification-summary");
        add(summary);
        if (q.rules().isEmpty()) {
            add(new Paragraph(getTranslation("result.qualification.none-held")));
            return;
        }
        UnorderedList rules = new UnorderedList();
        rules.setId("qualification-rules");
        for (RuleHeld rule : q.rules()) {
            String name =
                    rule.label() != null ? rule.label() : getTranslation("result.qualification.rule", rule.index() + 1);
            rules.add(new ListItem(getTranslation("result.qualification.held", name, numbers.format(rule.points()))));
        }
        add(rules);
    }
}
