package io.stackup.ui.template;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import io.stackup.core.template.QuestionType;
import io.stackup.ui.template.TemplateDraft.OptionDraft;
import io.stackup.ui.template.TemplateDraft.QuestionDraft;

/**
 * One question: key, type, text, help, capability, required, weight; options (choice types), {@code requires}
 * (yes/no), bands and bounds (number); and its {@code showIf}, picked over the questions that come earlier.
 */
class QuestionForm extends EditorPanel {

    private final QuestionDraft question;
    private final String path;
    private final Div typeSpecific = new Div();

    QuestionForm(TemplateDraft draft, FieldMarks marks, QuestionDraft question, String path, Runnable relabel) {
        super(draft, marks);
        this.question = question;
        this.path = path;
        setId("question-form");
        Runnable changedAndRelabel = () -> {
            relabel.run();
            changed();
        };
        var key = marks.register(
                path + ".key",
                EditorFields.text(
                        getTranslation("editor.key"),
                        question.key,
                        v -> {
                            String old = question.key;
                            RenameNotice.show(this, "question", old, v, KeyRenames.question(draft, question, v));
                        },
                        changedAndRelabel));
        key.setId("question-key");
        Select<QuestionType> type = new Select<>();
        type.setId("question-type");
        type.setLabel(getTranslation("editor.question.type"));
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(t -> getTranslation("editor.question.type." + t.json()));
        type.setValue(question.type);
        marks.register(path + ".type", type);
        type.addValueChangeListener(e -> {
            question.type = e.getValue();
            if (question.type.hasOptions() && question.type != QuestionType.YES_NO && question.options.size() < 2) {
                while (question.options.size() < 2) {
                    OptionDraft option = new OptionDraft();
                    option.key = "option-" + (question.options.size() + 1);
                    option.label = getTranslation("editor.option.new", question.options.size() + 1);
                    question.options.add(option);
                }
            }
            renderTypeSpecific();
            changed();
        });
        var text = marks.register(
                path + ".text",
                EditorFields.area(
                        getTranslation("editor.question.text"),
                        question.text,
                        v -> question.text = v,
                        changedAndRelabel));
        text.setId("question-text");
        var help = marks.register(
                path + ".help",
                EditorFields.area(
                        getTranslation("editor.question.help"), question.help, v -> question.help = v, this::changed));
        EditorChoices choices = new EditorChoices(draft, question);
        ComboBox<String> capability = EditorChoices.picker(
                getTranslation("editor.question.capability"), choices.capabilities(), choices.capabilityLabels());
        capability.setId("question-capability");
        capability.setPlaceholder(getTranslation("editor.question.unscored"));
        capability.setClearButtonVisible(true);
        EditorChoices.keep(capability, question.capability);
        marks.register(path + ".capability", capability);
        capability.addValueChangeListener(e -> {
            question.capability = e.getValue();
            changed();
        });
        Checkbox required = new Checkbox(getTranslation("editor.question.required"), question.required);
        required.addValueChangeListener(e -> {
            question.required = e.getValue();
            changed();
        });
        var weight = marks.register(
                path + ".weight",
                EditorFields.number(
                        getTranslation("editor.weight"),
                        question.weight,
                        1.0,
                        v -> question.weight = v,
                        this::changed));
        FormLayout form = new FormLayout(key, type, capability, weight, required);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        ConditionEditor showIf = new ConditionEditor(choices, true, true, question.showIf, c -> {
            question.showIf = c;
            changed();
        });
        showIf.setId("question-show-if");
        showIf.at(marks, path + ".showIf");
        add(form, text, help, typeSpecific, new H4(getTranslation("editor.question.show-if")), showIf);
        renderTypeSpecific();
    }

    private void renderTypeSpecific() {
        typeSpecific.removeAll();
        EditorChoices choices = new EditorChoices(draft, question);
        if (question.type == QuestionType.YES_NO) {
            Select<String> requires =
                    choices.levelSelect(getTranslation("editor.question.requires"), true, question.requires);
            requires.setId("question-requires");
            requires.setEmptySelectionCaption(getTranslation("editor.question.requires.none"));
            requires.setHelperText(getTranslation("editor.question.requires.help"));
            marks.register(path + ".requires", requires);
            requires.addValueChangeListener(e -> {
                question.requires = e.getValue();
                changed();
            });
            typeSpecific.add(requires);
        }
        if (question.type.hasOptions()) {
            OptionsEditor options = new OptionsEditor(draft, marks, question, path);
            options.addChangeListener(e -> changed());
            typeSpecific.add(options);
        }
        if (question.type == QuestionType.NUMBER) {
            BandsEditor bands = new BandsEditor(draft, marks, question, path);
            bands.addChangeListener(e -> changed());
            typeSpecific.add(bands);
        }
    }
}
