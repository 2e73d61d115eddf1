package io.stackup.ui.template;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.stackup.core.template.ScoringMode;
import io.stackup.ui.template.TemplateDraft.LevelDraft;
import java.util.List;

/** Name, version, language, description, default target, scoring mode with its thresholds, and the scale. */
class GeneralPanel extends EditorPanel {

    private final Div thresholds = new Div();
    private final Select<String> defaultTarget = new Select<>();
    private final Select<ScoringMode> mode = new Select<>();

    GeneralPanel(TemplateDraft draft, FieldMarks marks) {
        super(draft, marks);
        setId("editor-general");
        TextField key = new TextField(getTranslation("templates.key"));
        key.setValue(draft.key);
        key.setReadOnly(true);
        key.setHelperText(getTranslation("editor.key-fixed"));
        TextField name = field("$.name", "templates.name", draft.name, v -> draft.name = v);
        name.setId("editor-name");
        TextField version = field("$.version", "templates.version", draft.version, v -> draft.version = v);
        version.setId("editor-version");
        TextField language = field("$.language", "editor.language", draft.language, v -> draft.language = v);
        var description = marks.register(
                "$.description",
                EditorFields.area(
                        getTranslation("editor.description"),
                        draft.description,
                        v -> draft.description = v,
                        this::changed));
        defaultTarget.setId("editor-default-target");
        defaultTarget.setLabel(getTranslation("editor.default-target"));
        defaultTarget.setEmptySelectionAllowed(true);
        defaultTarget.setEmptySelectionCaption(getTranslation("editor.default-target.highest"));
        marks.register("$.defaultTarget", defaultTarget);
        defaultTarget.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                draft.defaultTarget = e.getValue();
                changed();
            }
        });
        mode.setId("editor-mode");
        mode.setLabel(getTranslation("editor.mode"));
        mode.setItems(ScoringMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("editor.mode." + m.json()));
        mode.setValue(draft.mode);
        marks.target("$.scoring", mode);
        mode.addValueChangeListener(e -> {
            draft.mode = e.getValue();
            showThresholds();
            changed();
        });
        FormLayout form = new FormLayout(key, name, version, language, defaultTarget, mode);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        thresholds.setId("editor-thresholds");
        ScaleEditor scale = new ScaleEditor(draft, marks);
        scale.addChangeListener(e -> {
            levelsChanged();
            changed();
        });
        add(new H3(getTranslation("editor.general")), form, description, thresholds, scale);
        levelsChanged();
    }

    private TextField field(String path, String label, String value, java.util.function.Consumer<String> set) {
        return marks.register(path, EditorFields.text(getTranslation(label), value, set, this::changed));
    }

    private void levelsChanged() {
        List<String> keys = draft.levels.stream().map(l -> l.key).toList();
        defaultTarget.setItems(keys);
        defaultTarget.setItemLabelGenerator(k -> k == null ? "" : new EditorChoices(draft, null).levelLabel(k));
        EditorChoices.keep(defaultTarget, draft.defaultTarget);
        showThresholds();
    }

    private void showThresholds() {
        thresholds.removeAll();
        if (draft.mode != ScoringMode.WEIGHTED) {
            return;
        }
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("36em", 4));
        for (LevelDraft level : draft.levels.subList(Math.min(1, draft.levels.size()), draft.levels.size())) {
            String levelKey = level.key;
            var field = EditorFields.number(
                    getTranslation("editor.threshold", level.name.isBlank() ? level.key : level.name),
                    draft.thresholds.get(levelKey),
                    null,
                    v -> {
                        if (v == null) {
                            draft.thresholds.remove(levelKey);
                        } else {
                            draft.thresholds.put(levelKey, v);
                        }
                    },
                    this::changed);
            field.setStep(0.05);
            form.add(marks.register(FieldMarks.member("$.scoring.thresholds", levelKey), field));
        }
        thresholds.add(new H3(getTranslation("editor.thresholds")), form);
    }
}
