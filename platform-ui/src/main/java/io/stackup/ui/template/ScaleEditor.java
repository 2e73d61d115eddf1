package io.stackup.ui.template;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.stackup.ui.template.TemplateDraft.LevelDraft;

/** The levels of the scale, lowest first: key, name, description; add, move, remove (saying what refers to it). */
class ScaleEditor extends EditorPanel {

    private final Div rows = new Div();

    ScaleEditor(TemplateDraft draft, FieldMarks marks) {
        super(draft, marks);
        setId("editor-scale");
        Button add = new Button(getTranslation("editor.level.add"), VaadinIcon.PLUS.create(), e -> {
            LevelDraft level = new LevelDraft();
            level.key = "level-" + (draft.levels.size() + 1);
            level.name = getTranslation("editor.level.new", draft.levels.size() + 1);
            draft.levels.add(level);
            structural();
        });
        add.setId("editor-add-level");
        marks.target("$.scale.levels", add);
        add(new H3(getTranslation("editor.scale")), rows, add);
        render();
    }

    private void render() {
        rows.removeAll();
        for (int i = 0; i < draft.levels.size(); i++) {
            rows.add(row(i, draft.levels.get(i)));
        }
    }

    private HorizontalLayout row(int index, LevelDraft level) {
        String path = "$.scale.levels[" + index + "]";
        var key = marks.register(
                path + ".key",
                EditorFields.text(
                        getTranslation("editor.key"),
                        level.key,
                        v -> RenameNotice.show(this, "level", level.key, v, KeyRenames.level(draft, level, v)),
                        this::structuralQuiet));
        key.setId("level-key-" + index);
        var name = marks.register(
                path + ".name",
                EditorFields.text(getTranslation("templates.name"), level.name, v -> level.name = v, this::changed));
        name.setId("level-name-" + index);
        var description = marks.register(
                path + ".description",
                EditorFields.text(
                        getTranslation("editor.description"),
                        level.description,
                        v -> level.description = v,
                        this::changed));
        Button up = EditorFields.icon(VaadinIcon.ARROW_UP, getTranslation("editor.move-up"), () -> {
            if (EditorFields.move(draft.levels, level, -1)) {
                structural();
            }
        });
        Button down = EditorFields.icon(VaadinIcon.ARROW_DOWN, getTranslation("editor.move-down"), () -> {
            if (EditorFields.move(draft.levels, level, 1)) {
                structural();
            }
        });
        Button remove = EditorFields.icon(
                VaadinIcon.TRASH,
                getTranslation("editor.delete"),
                () -> EditorFields.confirmDelete(
                        this,
                        getTranslation("editor.level", level.name.isBlank() ? level.key : level.name),
                        References.toLevel(draft, level.key),
                        () -> {
                            draft.levels.remove(level);
                            structural();
                        }));
        remove.setId("level-remove-" + index);
        HorizontalLayout row = new HorizontalLayout(key, name, description, up, down, remove);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("stackup-editor-row");
        return row;
    }

    /** A key changed: the lists that offer levels elsewhere follow, the rows stay as they are. */
    private void structuralQuiet() {
        changed();
    }

    private void structural() {
        render();
        changed();
    }
}
