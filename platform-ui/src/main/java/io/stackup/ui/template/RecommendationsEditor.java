package io.stackup.ui.template;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import io.stackup.core.template.Effort;
import io.stackup.core.template.RecommendationKind;
import io.stackup.ui.template.TemplateDraft.CapabilityDraft;
import io.stackup.ui.template.TemplateDraft.RecommendationDraft;

/**
 * A capability's recommendations: key, level it lifts to, title, kind, effort, offering, description; add, remove, move
 * up and down (the order breaks ties in the roadmap).
 */
class RecommendationsEditor extends EditorPanel {

    private final CapabilityDraft capability;
    private final String path;
    private final Div rows = new Div();

    RecommendationsEditor(TemplateDraft draft, FieldMarks marks, CapabilityDraft capability, String path) {
        super(draft, marks);
        this.capability = capability;
        this.path = path;
        setId("recommendations");
        Button add = new Button(getTranslation("editor.recommendation.add"), VaadinIcon.PLUS.create(), e -> {
            RecommendationDraft r = new RecommendationDraft();
            r.key = "step-" + (capability.recommendations.size() + 1);
            r.toLevel = draft.levels.size() > 1 ? draft.levels.get(1).key : null;
            capability.recommendations.add(r);
            render();
            changed();
        });
        add.setId("add-recommendation");
        add(new H4(getTranslation("editor.recommendations")), rows, add);
        render();
    }

    private void render() {
        rows.removeAll();
        EditorChoices choices = new EditorChoices(draft, null);
        for (int i = 0; i < capability.recommendations.size(); i++) {
            RecommendationDraft r = capability.recommendations.get(i);
            String at = path + ".recommendations[" + i + "]";
            var key = marks.register(
                    at + ".key", EditorFields.text(getTranslation("editor.key"), r.key, v -> r.key = v, this::changed));
            Select<String> toLevel = marks.register(
                    at + ".toLevel", choices.levelSelect(getTranslation("editor.to-level"), false, r.toLevel));
            toLevel.addValueChangeListener(e -> {
                r.toLevel = e.getValue();
                changed();
            });
            var title = marks.register(
                    at + ".title",
                    EditorFields.text(getTranslation("editor.title"), r.title, v -> r.title = v, this::changed));
            Select<RecommendationKind> kind = new Select<>();
            kind.setLabel(getTranslation("editor.kind"));
            kind.setItems(RecommendationKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("editor.kind." + k.json()));
            kind.setValue(r.kind);
            kind.addValueChangeListener(e -> {
                r.kind = e.getValue();
                changed();
            });
            Select<Effort> effort = new Select<>();
            effort.setLabel(getTranslation("editor.effort"));
            effort.setItems(Effort.values());
            effort.setValue(r.effort);
            effort.addValueChangeListener(e -> {
                r.effort = e.getValue();
                changed();
            });
            var offering = marks.register(
                    at + ".offering",
                    EditorFields.text(
                            getTranslation("editor.offering"), r.offering, v -> r.offering = v, this::changed));
            var description = marks.register(
                    at + ".description",
                    EditorFields.area(
                            getTranslation("editor.description"),
                            r.description,
                            v -> r.description = v,
                            this::changed));
            description.setId("recommendation-description-" + i);
            Button remove = EditorFields.icon(VaadinIcon.TRASH, getTranslation("editor.delete"), () -> {
                capability.recommendations.remove(r);
                render();
                changed();
            });
            Button up = EditorFields.icon(VaadinIcon.ARROW_UP, getTranslation("editor.move-up"), () -> move(r, -1));
            up.setId("recommendation-up-" + i);
            Button down =
                    EditorFields.icon(VaadinIcon.ARROW_DOWN, getTranslation("editor.move-down"), () -> move(r, 1));
            down.setId("recommendation-down-" + i);
            var grip = RowDrag.handle(r, getTranslation("editor.drag"), "recommendation-drag-" + i);
            HorizontalLayout row =
                    new HorizontalLayout(grip, key, toLevel, title, kind, effort, offering, up, down, remove);
            row.setWrap(true);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.addClassName("stackup-editor-row");
            Div block = new Div(row, description);
            block.addClassName("stackup-editor-block");
            block.setId("recommendation-row-" + i);
            RowDrag.target(block, capability.recommendations, r, this::dropped);
            rows.add(block);
        }
    }

    private void dropped(RecommendationDraft r) {
        render();
        changed();
    }

    private void move(RecommendationDraft r, int by) {
        if (EditorFields.move(capability.recommendations, r, by)) {
            render();
            EditorFields.focus(
                    this, "recommendation-" + (by < 0 ? "up-" : "down-") + capability.recommendations.indexOf(r));
            changed();
        }
    }
}
