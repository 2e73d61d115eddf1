package io.stackup.ui.result;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import io.stackup.core.report.ReportNumbers;
import io.stackup.core.report.ResultReport;
import io.stackup.core.report.ResultReport.AreaReport;
import io.stackup.core.report.ResultReport.CapabilityReport;
import io.stackup.core.report.ResultReport.Evidence;
import io.stackup.core.report.ResultReport.ScaleLevel;
import org.jspecify.annotations.Nullable;

/**
 * Per area, every capability: level, score, target, gap, and why (the evidence: each contributing question, the answer in
 * words, what it gave, and the interviewer's note when the report carries notes). Where the reader may change targets,
 * the target is a choice: a what-if that the page's owner keeps with the interview. The respondent's own page leaves
 * the evidence out.
 */
class CapabilitiesSection extends Div {

    private final boolean evidence;

    CapabilitiesSection(ResultReport report, boolean evidence, ResultPage.@Nullable TargetChange targets) {
        this.evidence = evidence;
        setId("result-capabilities");
        addClassName("stackup-section");
        add(new H3(getTranslation("result.capabilities")));
        for (AreaReport area : report.areas()) {
            add(new H4(area.name()));
            for (CapabilityReport capability : area.capabilities()) {
                add(capability(report, capability, targets));
            }
        }
    }

    private Div capability(
            ResultReport report, CapabilityReport capability, ResultPage.@Nullable TargetChange targets) {
        Div card = new Div();
        card.setId("capability-" + capability.key());
        card.addClassName("stackup-capability");
        ScaleLevel level = capability.level();
        Span name = new Span(capability.name());
        name.addClassName("stackup-capability-name");
        Span standing = new Span(
                level == null
                        ? getTranslation("result.not-assessed")
                        : getTranslation(
                                "result.level-score", level.name(), ReportNumbers.percent(capability.score())));
        standing.setId("level-" + capability.key());
        Span gap = new Span(
                capability.gap() == null
                        ? ""
                        : capability.gap() == 0
                                ? getTranslation("result.gap.none")
                                : getTranslation("result.gap", capability.gap()));
        gap.setId("gap-" + capability.key());
        gap.addClassName("stackup-gap");
        if (capability.gap() != null && capability.gap() > 0) {
            gap.addClassName("open");
        }
        Div line = new Div(name, standing, target(report, capability, targets), gap);
        line.addClassName("stackup-capability-line");
        card.add(line);
        if (evidence) {
            card.add(why(capability));
        }
        return card;
    }

    private Div target(ResultReport report, CapabilityReport capability, ResultPage.@Nullable TargetChange targets) {
        Div target = new Div();
        target.addClassName("stackup-target");
        if (targets == null) {
            Span fixed =
                    new Span(getTranslation("result.target", capability.target().name()));
            fixed.setId("target-" + capability.key());
            target.add(fixed);
            return target;
        }
        Select<ScaleLevel> choice = new Select<>();
        choice.setId("target-" + capability.key());
        choice.setLabel(getTranslation("result.target.label"));
        choice.setItems(report.levels());
        choice.setItemLabelGenerator(ScaleLevel::name);
        choice.setValue(capability.target());
        choice.setHelperText(getTranslation("result.target.help"));
        choice.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && !e.getValue().equals(e.getOldValue())) {
                targets.change(capability.key(), e.getValue());
            }
        });
        target.add(choice);
        return target;
    }

    private Details why(CapabilityReport capability) {
        Div body = new Div();
        if (capability.levelDescription() != null) {
            body.add(new Paragraph(getTranslation("result.looks-like.now", capability.levelDescription())));
        }
        if (capability.targetDescription() != null && capability.gap() != null && capability.gap() > 0) {
            body.add(new Paragraph(getTranslation("result.looks-like.target", capability.targetDescription())));
        }
        if (capability.evidence().isEmpty()) {
            body.add(new Paragraph(getTranslation("result.evidence.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("evidence-" + capability.key());
            for (Evidence evidence : capability.evidence()) {
                list.add(evidence(evidence));
            }
            body.add(list);
        }
        Details details = new Details(getTranslation("result.why"), body);
        details.setId("why-" + capability.key());
        return details;
    }

    private ListItem evidence(Evidence evidence) {
        ListItem item = new ListItem();
        item.addClassName("stackup-evidence");
        Span question = new Span(evidence.questionText());
        question.addClassName("stackup-evidence-question");
        String gave = evidence.level() != null
                ? getTranslation("result.evidence.level", evidence.level().name())
                : evidence.ratio() != null
                        ? getTranslation("result.evidence.ratio", ReportNumbers.percent(evidence.ratio()))
                        : "";
        Span answer = new Span(getTranslation("result.evidence.answer", evidence.answer(), gave));
        item.add(question, answer);
        if (evidence.note() != null) {
            Span note = new Span(getTranslation("interview.answer.note", evidence.note()));
            note.addClassName("stackup-evidence-note");
            item.add(note);
        }
        return item;
    }
}
