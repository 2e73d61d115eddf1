package io.stackup.ui.template;

import com.vaadin.flow.component.html.H3;
import io.stackup.ui.template.TemplateDraft.AreaDraft;

/** An area's key, name and description. */
class AreaForm extends EditorPanel {

    AreaForm(TemplateDraft draft, FieldMarks marks, AreaDraft area, Runnable renamed) {
        super(draft, marks);
        setId("area-form");
        String path = "$.areas[" + draft.areas.indexOf(area) + "]";
        Runnable changedAndRenamed = () -> {
            renamed.run();
            changed();
        };
        var key = marks.register(
                path + ".key",
                EditorFields.text(
                        getTranslation("editor.key"),
                        area.key,
                        v -> RenameNotice.show(this, "area", area.key, v, KeyRenames.area(draft, area, v)),
                        changedAndRenamed));
        key.setId("area-key");
        var name = marks.register(
                path + ".name",
                EditorFields.text(getTranslation("templates.name"), area.name, v -> area.name = v, changedAndRenamed));
        name.setId("area-name");
        var description = marks.register(
                path + ".description",
                EditorFields.area(
                        getTranslation("editor.description"),
                        area.description,
                        v -> area.description = v,
                        this::changed));
        add(new H3(getTranslation("editor.area", area.name)), key, name, description);
    }
}
