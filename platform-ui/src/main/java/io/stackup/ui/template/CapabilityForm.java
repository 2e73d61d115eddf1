package io.stackup.ui.template;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import io.stackup.ui.template.TemplateDraft.AreaDraft;
import io.stackup.ui.template.TemplateDraft.CapabilityDraft;
import io.stackup.ui.template.TemplateDraft.LevelDraft;

/** A capability: key, name, description, weight, target, what each level looks like, and its recommendations. */
class CapabilityForm extends EditorPanel {

    CapabilityForm(TemplateDraft draft, FieldMarks marks, CapabilityDraft capability, Runnable renamed) {
        super(draft, marks);
        setId("capability-form");
        String path = path(draft, capability);
        Runnable changedAndRenamed = () -> {
            renamed.run();
            changed();
        };
        var key = marks.register(
                path + ".key",
                EditorFields.text(
                        getTranslation("editor.key"),
                        capability.key,
                        v -> {
                            String old = capability.key;
                            RenameNotice.show(this, "capability", old, v, KeyRenames.capability(draft, capability, v));
                        },
                        changedAndRenamed));
        key.setId("capability-key");
        var name = marks.register(
                path + ".name",
                EditorFields.text(
                        getTranslation("templates.name"),
                        capability.name,
                        v -> capability.name = v,
                        changedAndRenamed));
        name.setId("capability-name");
        var weight = marks.register(
                path + ".weight",
                EditorFields.number(
                        getTranslation("editor.weight"),
                        capability.weight,
                        1.0,
                        v -> capability.weight = v,
                        this::changed));
        EditorChoices choices = new EditorChoices(draft, null);
        Select<String> target = marks.register(
                path + ".target", choices.levelSelect(getTranslation("editor.target"), true, capability.target));
        target.setEmptySelectionCaption(getTranslation("editor.target.default"));
        target.addValueChangeListener(e -> {
            capability.target = e.getValue();
            changed();
        });
        var description = marks.register(
                path + ".description",
                EditorFields.area(
                        getTranslation("editor.description"),
                        capability.description,
                        v -> capability.description = v,
                        this::changed));
        FormLayout form = new FormLayout(key, name, weight, target);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(new H3(getTranslation("editor.capability", capability.name)), form, description);
        add(new H4(getTranslation("editor.capability.levels")));
        for (LevelDraft level : draft.levels) {
            String levelKey = level.key;
            add(marks.register(
                    FieldMarks.member(path + ".levels", levelKey),
                    EditorFields.area(
                            level.name.isBlank() ? level.key : level.name,
                            capability.levels.getOrDefault(levelKey, ""),
                            v -> capability.levels.put(levelKey, v),
                            this::changed)));
        }
        RecommendationsEditor recommendations = new RecommendationsEditor(draft, marks, capability, path);
        recommendations.addChangeListener(e -> changed());
        add(recommendations);
    }

    static String path(TemplateDraft draft, CapabilityDraft capability) {
        for (int a = 0; a < draft.areas.size(); a++) {
            AreaDraft area = draft.areas.get(a);
            int c = area.capabilities.indexOf(capability);
            if (c >= 0) {
                return "$.areas[" + a + "].capabilities[" + c + "]";
            }
        }
        return "$.areas";
    }
}
