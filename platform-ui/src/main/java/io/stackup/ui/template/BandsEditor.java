package io.stackup.ui.template;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import io.stackup.ui.template.TemplateDraft.BandDraft;
import io.stackup.ui.template.TemplateDraft.QuestionDraft;

/**
 * A number question's bounds, unit and bands (min ≤ x < max gives a level and points; the first that matches applies);
 * add, remove, move bands up and down.
 */
class BandsEditor extends EditorPanel {

    private final QuestionDraft question;
    private final String path;
    private final Div rows = new Div();

    BandsEditor(TemplateDraft draft, FieldMarks marks, QuestionDraft question, String path) {
        super(draft, marks);
        this.question = question;
        this.path = path;
        setId("question-bands");
        var minValue = marks.register(
                path + ".minValue",
                EditorFields.number(
                        getTranslation("editor.min-value"),
                        question.minValue,
                        null,
                        v -> question.minValue = v,
                        this::changed));
        var maxValue = marks.register(
                path + ".maxValue",
                EditorFields.number(
                        getTranslation("editor.max-value"),
                        question.maxValue,
                        null,
                        v -> question.maxValue = v,
                        this::changed));
        var unit = marks.register(
                path + ".unit",
                EditorFields.text(getTranslation("editor.unit"), question.unit, v -> question.unit = v, this::changed));
        HorizontalLayout bounds = new HorizontalLayout(minValue, maxValue, unit);
        bounds.setWrap(true);
        Button add = new Button(getTranslation("editor.band.add"), VaadinIcon.PLUS.create(), e -> {
            question.bands.add(new BandDraft());
            render();
            changed();
        });
        add.setId("add-band");
        marks.target(path + ".bands", add);
        add(bounds, new H4(getTranslation("editor.bands")), rows, add);
        render();
    }

    private void render() {
        rows.removeAll();
        EditorChoices choices = new EditorChoices(draft, null);
        for (int i = 0; i < question.bands.size(); i++) {
            BandDraft band = question.bands.get(i);
            String at = path + ".bands[" + i + "]";
            var min = marks.register(
                    at + ".min",
                    EditorFields.number(
                            getTranslation("editor.band.min"), band.min, null, v -> band.min = v, this::changed));
            var max = marks.register(
                    at + ".max",
                    EditorFields.number(
                            getTranslation("editor.band.max"), band.max, null, v -> band.max = v, this::changed));
            Select<String> level = marks.register(
                    at + ".level", choices.levelSelect(getTranslation("editor.level.short"), true, band.level));
            level.addValueChangeListener(e -> {
                band.level = e.getValue();
                changed();
            });
            var points = marks.register(
                    at + ".points",
                    EditorFields.number(
                            getTranslation("editor.points"), band.points, 0.0, v -> band.points = v, this::changed));
            var remove = EditorFields.icon(VaadinIcon.TRASH, getTranslation("editor.delete"), () -> {
                question.bands.remove(band);
                render();
                changed();
            });
            var up = EditorFields.icon(VaadinIcon.ARROW_UP, getTranslation("editor.move-up"), () -> move(band, -1));
            up.setId("band-up-" + i);
            var down =
                    EditorFields.icon(VaadinIcon.ARROW_DOWN, getTranslation("editor.move-down"), () -> move(band, 1));
            down.setId("band-down-" + i);
            var grip = RowDrag.handle(band, getTranslation("editor.drag"), "band-drag-" + i);
            HorizontalLayout row = new HorizontalLayout(grip, min, max, level, points, up, down, remove);
            row.setId("band-row-" + i);
            RowDrag.target(row, question.bands, band, this::dropped);
            row.setWrap(true);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.addClassName("stackup-editor-row");
            rows.add(row);
        }
    }

    private void dropped(BandDraft band) {
        render();
        changed();
    }

    private void move(BandDraft band, int by) {
        if (EditorFields.move(question.bands, band, by)) {
            render();
            EditorFields.focus(this, "band-" + (by < 0 ? "up-" : "down-") + question.bands.indexOf(band));
            changed();
        }
    }
}
