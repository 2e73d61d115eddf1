package io.stackup.ui.template;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import io.stackup.core.template.QuestionType;
import io.stackup.ui.template.TemplateDraft.OptionDraft;
import io.stackup.ui.template.TemplateDraft.QuestionDraft;

/** A question's options: key, label, level (gated evidence), points (weighted); add, remove, move up and down. */
class OptionsEditor extends EditorPanel {

    private final QuestionDraft question;
    private final String path;
    private final Div rows = new Div();

    OptionsEditor(TemplateDraft draft, FieldMarks marks, QuestionDraft question, String path) {
        super(draft, marks);
        this.question = question;
        this.path = path;
        setId("question-options");
        Button add = new Button(getTranslation("editor.option.add"), VaadinIcon.PLUS.create(), e -> {
            OptionDraft option = new OptionDraft();
            option.key = "option-" + (question.options.size() + 1);
            option.label = getTranslation("editor.option.new", question.options.size() + 1);
            question.options.add(option);
            render();
            changed();
        });
        add.setId("add-option");
        marks.target(path + ".options", add);
        String title = question.type == QuestionType.YES_NO ? "editor.options.yes-no" : "editor.options";
        add(new H4(getTranslation(title)), rows, add);
        render();
    }

    private void render() {
        rows.removeAll();
        EditorChoices choices = new EditorChoices(draft, null);
        for (int i = 0; i < question.options.size(); i++) {
            OptionDraft option = question.options.get(i);
            String at = path + ".options[" + i + "]";
            var key = marks.register(
                    at + ".key",
                    EditorFields.text(
                            getTranslation("editor.key"),
                            option.key,
                            v -> RenameNotice.show(
                                    this, "option", option.key, v, KeyRenames.option(draft, question, option, v)),
                            this::changed));
            key.setId("option-key-" + i);
            var label = marks.register(
                    at + ".label",
                    EditorFields.text(
                            getTranslation("editor.option.label"), option.label, v -> option.label = v, this::changed));
            label.setId("option-label-" + i);
            Select<String> level = marks.register(
                    at + ".level", choices.levelSelect(getTranslation("editor.level.short"), true, option.level));
            level.setId("option-level-" + i);
            level.addValueChangeListener(e -> {
                option.level = e.getValue();
                changed();
            });
            var points = marks.register(
                    at + ".points",
                    EditorFields.number(
                            getTranslation("editor.points"),
                            option.points,
                            0.0,
                            v -> option.points = v,
                            this::changed));
            points.setWidth("6rem");
            var up = EditorFields.icon(VaadinIcon.ARROW_UP, getTranslation("editor.move-up"), () -> move(option, -1));
            var down =
                    EditorFields.icon(VaadinIcon.ARROW_DOWN, getTranslation("editor.move-down"), () -> move(option, 1));
            up.setId("option-up-" + i);
            down.setId("option-down-" + i);
            var remove = EditorFields.icon(VaadinIcon.TRASH, getTranslation("editor.delete"), () -> {
                question.options.remove(option);
                render();
                changed();
            });
            remove.setId("option-remove-" + i);
            var grip = RowDrag.handle(option, getTranslation("editor.drag"), "option-drag-" + i);
            HorizontalLayout row = new HorizontalLayout(grip, key, label, level, points, up, down, remove);
            row.setId("option-row-" + i);
            RowDrag.target(row, question.options, option, this::dropped);
            row.setWrap(true);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.addClassName("stackup-editor-row");
            rows.add(row);
        }
    }

    private void dropped(OptionDraft option) {
        render();
        changed();
    }

    private void move(OptionDraft option, int by) {
        if (EditorFields.move(question.options, option, by)) {
            render();
            EditorFields.focus(this, "option-" + (by < 0 ? "up-" : "down-") + question.options.indexOf(option));
            changed();
        }
    }
}
