package io.stackup.ui.template;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.stackup.core.template.Condition;
import io.stackup.ui.template.TemplateDraft.RuleDraft;

/**
 * Lead qualification: a threshold, rules (label, points, a condition picked like a {@code showIf}, plus the capability,
 * area, overall and total-gap forms) and requirements.
 */
class QualificationPanel extends EditorPanel {

    private final Div body = new Div();
    private final Div rules = new Div();
    private final Div requirements = new Div();

    QualificationPanel(TemplateDraft draft, FieldMarks marks) {
        super(draft, marks);
        setId("editor-qualification");
        Checkbox enabled = new Checkbox(getTranslation("editor.qualification.enabled"), draft.qualified);
        enabled.setId("qualification-enabled");
        enabled.addValueChangeListener(e -> {
            draft.qualified = e.getValue();
            body.setVisible(draft.qualified);
            changed();
        });
        var threshold = marks.register(
                "$.qualification.threshold",
                EditorFields.number(
                        getTranslation("editor.qualification.threshold"),
                        draft.threshold,
                        0.0,
                        v -> draft.threshold = v,
                        this::changed));
        threshold.setId("qualification-threshold");
        Button addRule = new Button(getTranslation("editor.rule.add"), VaadinIcon.PLUS.create(), e -> {
            draft.rules.add(new RuleDraft());
            renderRules();
            changed();
        });
        addRule.setId("add-rule");
        marks.target("$.qualification.rules", addRule);
        Button addRequirement = new Button(getTranslation("editor.requirement.add"), VaadinIcon.PLUS.create(), e -> {
            draft.require.add(new Condition.Answered(""));
            renderRequirements();
            changed();
        });
        addRequirement.setId("add-requirement");
        marks.target("$.qualification.require", addRequirement);
        marks.target("$.qualification", enabled);
        body.add(
                threshold,
                new H4(getTranslation("editor.rules")),
                rules,
                addRule,
                new H4(getTranslation("editor.requirements")),
                requirements,
                addRequirement);
        body.setVisible(draft.qualified);
        add(new H3(getTranslation("editor.qualification")), enabled, body);
        renderRules();
        renderRequirements();
    }

    private void renderRules() {
        rules.removeAll();
        EditorChoices choices = new EditorChoices(draft, null);
        for (int i = 0; i < draft.rules.size(); i++) {
            RuleDraft rule = draft.rules.get(i);
            String at = "$.qualification.rules[" + i + "]";
            var label = marks.register(
                    at + ".label",
                    EditorFields.text(
                            getTranslation("editor.rule.label"), rule.label, v -> rule.label = v, this::changed));
            label.setId("rule-label-" + i);
            var points = marks.register(
                    at + ".points",
                    EditorFields.number(
                            getTranslation("editor.points"), rule.points, 0.0, v -> rule.points = v, this::changed));
            points.setId("rule-points-" + i);
            ConditionEditor when = new ConditionEditor(choices, false, false, rule.when, c -> {
                rule.when = c;
                changed();
            });
            rule.when = when.value();
            when.at(marks, at + ".when");
            var remove = EditorFields.icon(VaadinIcon.TRASH, getTranslation("editor.delete"), () -> {
                draft.rules.remove(rule);
                renderRules();
                changed();
            });
            var up = EditorFields.icon(VaadinIcon.ARROW_UP, getTranslation("editor.move-up"), () -> moveRule(rule, -1));
            up.setId("rule-up-" + i);
            var down = EditorFields.icon(
                    VaadinIcon.ARROW_DOWN, getTranslation("editor.move-down"), () -> moveRule(rule, 1));
            down.setId("rule-down-" + i);
            var grip = RowDrag.handle(rule, getTranslation("editor.drag"), "rule-drag-" + i);
            HorizontalLayout head = new HorizontalLayout(grip, label, points, up, down, remove);
            head.setWrap(true);
            head.setAlignItems(FlexComponent.Alignment.BASELINE);
            Div block = new Div(head, when);
            block.addClassName("stackup-editor-block");
            block.setId("rule-row-" + i);
            RowDrag.target(block, draft.rules, rule, r -> {
                renderRules();
                changed();
            });
            rules.add(block);
        }
    }

    /** Moves a rule; a rule without a label is named by its index in the result, so the order is part of it. */
    private void moveRule(RuleDraft rule, int by) {
        if (EditorFields.move(draft.rules, rule, by)) {
            renderRules();
            EditorFields.focus(this, "rule-" + (by < 0 ? "up-" : "down-") + draft.rules.indexOf(rule));
            changed();
        }
    }

    private void renderRequirements() {
        requirements.removeAll();
        EditorChoices choices = new EditorChoices(draft, null);
        for (int i = 0; i < draft.require.size(); i++) {
            int index = i;
            ConditionEditor editor = new ConditionEditor(choices, false, false, draft.require.get(i), c -> {
                draft.require.set(index, c == null ? new Condition.All(java.util.List.of()) : c);
                changed();
            });
            editor.at(marks, "$.qualification.require[" + i + "]");
            var remove = EditorFields.icon(VaadinIcon.TRASH, getTranslation("editor.delete"), () -> {
                draft.require.remove(index);
                renderRequirements();
                changed();
            });
            HorizontalLayout row = new HorizontalLayout(editor, remove);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            requirements.add(row);
        }
    }
}
