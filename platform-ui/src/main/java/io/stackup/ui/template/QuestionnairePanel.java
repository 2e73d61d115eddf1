package io.stackup.ui.template;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import io.stackup.ui.template.TemplateDraft.QuestionDraft;
import io.stackup.ui.template.TemplateDraft.SectionDraft;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The questionnaire, one section at a time (a 2,000-question template renders only the section in view): the section's
 * key and title, its questions in a list, and the selected question's form. Questions drag: within the list to
 * reorder, onto one of the other sections named below the list to move there (at its start, or its end if it comes
 * before). From the keyboard the arrow buttons reorder and the "Move to section" select moves across sections.
 */
class QuestionnairePanel extends EditorPanel {

    private final Select<SectionDraft> section = new Select<>();
    private final Div sectionFields = new Div();
    private final Grid<QuestionDraft> questions = new Grid<>();
    private final Div form = new Div();
    private final Select<SectionDraft> moveTo = new Select<>();
    private final Div dropSections = new Div();
    private final EditorPreview preview;
    private @Nullable QuestionDraft dragged;

    QuestionnairePanel(TemplateDraft draft, FieldMarks marks) {
        super(draft, marks);
        setId("editor-questionnaire");
        preview = new EditorPreview(draft);
        addChangeListener(e -> preview.refresh());
        var title = marks.register(
                "$.questionnaire.title",
                EditorFields.text(
                        getTranslation("editor.questionnaire.title"),
                        draft.questionnaireTitle,
                        v -> draft.questionnaireTitle = v,
                        this::changed));
        title.setId("questionnaire-title");
        var intro = marks.register(
                "$.questionnaire.intro",
                EditorFields.area(
                        getTranslation("editor.questionnaire.intro"),
                        draft.intro,
                        v -> draft.intro = v,
                        this::changed));
        intro.setId("questionnaire-intro");
        intro.setHelperText(getTranslation("editor.questionnaire.intro.help"));
        section.setId("section-select");
        section.setLabel(getTranslation("editor.section"));
        section.setItemLabelGenerator(s -> s.title.isBlank() ? s.key : s.title);
        section.addValueChangeListener(e -> showSection(e.getValue()));
        Button addSection = new Button(getTranslation("editor.section.add"), VaadinIcon.PLUS.create(), e -> {
            SectionDraft s = new SectionDraft();
            s.key = "section-" + (draft.sections.size() + 1);
            s.title = getTranslation("editor.section.new", draft.sections.size() + 1);
            draft.sections.add(s);
            refreshSections(s);
            changed();
        });
        addSection.setId("add-section");
        Button up = EditorFields.icon(VaadinIcon.ARROW_UP, getTranslation("editor.move-up"), () -> moveSection(-1));
        Button down =
                EditorFields.icon(VaadinIcon.ARROW_DOWN, getTranslation("editor.move-down"), () -> moveSection(1));
        Button delete = EditorFields.icon(VaadinIcon.TRASH, getTranslation("editor.delete"), this::deleteSection);
        HorizontalLayout sectionBar = new HorizontalLayout(section, addSection, up, down, delete);
        sectionBar.setWrap(true);
        sectionBar.setAlignItems(FlexComponent.Alignment.BASELINE);

        questions.setId("question-grid");
        questions.addColumn(q -> q.key).setHeader(getTranslation("editor.key")).setAutoWidth(true);
        questions
                .addColumn(q -> q.text)
                .setHeader(getTranslation("editor.question.text"))
                .setFlexGrow(1);
        questions.setHeight("24rem");
        questions.asSingleSelect().addValueChangeListener(e -> showQuestion(e.getValue()));
        questions.setRowsDraggable(true);
        questions.setDropMode(GridDropMode.BETWEEN);
        questions.addDragStartListener(e -> dragged =
                e.getDraggedItems().isEmpty() ? null : e.getDraggedItems().getFirst());
        questions.addDragEndListener(e -> dragged = null);
        questions.addDropListener(
                e -> e.getDropTargetItem().ifPresent(target -> dropQuestion(target, e.getDropLocation())));
        dropSections.setId("question-drop-sections");
        dropSections.addClassName("stackup-drop-sections");
        dropSections.setTitle(getTranslation("editor.question.drop.help"));
        Button addQuestion =
                new Button(getTranslation("editor.question.add"), VaadinIcon.PLUS.create(), e -> addQuestion());
        addQuestion.setId("add-question");
        Button qUp = EditorFields.icon(VaadinIcon.ARROW_UP, getTranslation("editor.move-up"), () -> moveQuestion(-1));
        qUp.setId("question-up");
        Button qDown =
                EditorFields.icon(VaadinIcon.ARROW_DOWN, getTranslation("editor.move-down"), () -> moveQuestion(1));
        qDown.setId("question-down");
        Button qDelete = EditorFields.icon(VaadinIcon.TRASH, getTranslation("editor.delete"), this::deleteQuestion);
        qDelete.setId("question-delete");
        Button qCopy = EditorFields.icon(VaadinIcon.COPY, getTranslation("editor.duplicate"), this::duplicateQuestion);
        qCopy.setId("question-duplicate");
        moveTo.setId("question-move");
        moveTo.setLabel(getTranslation("editor.question.move.label"));
        moveTo.setPlaceholder(getTranslation("editor.question.move"));
        moveTo.setTooltipText(getTranslation("editor.question.move.help"));
        moveTo.setItemLabelGenerator(s -> s.title.isBlank() ? s.key : s.title);
        moveTo.setEnabled(false);
        moveTo.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                moveQuestionTo(e.getValue());
            }
        });
        HorizontalLayout questionBar = new HorizontalLayout(addQuestion, qUp, qDown, qCopy, qDelete);
        questionBar.setSpacing(false);
        questionBar.addClassName("stackup-editor-toolbar");
        EditorFields.small(questionBar);
        Div left = new Div(questionBar, questions, moveTo, dropSections);
        left.addClassName("stackup-editor-list");
        form.addClassName("stackup-editor-detail");
        Button togglePreview = new Button(getTranslation("editor.preview.toggle"), VaadinIcon.EYE.create());
        togglePreview.setId("editor-preview-toggle");
        togglePreview.addClassName("stackup-editor-preview-toggle");
        Div split = new Div(left, form, preview);
        split.addClassName("stackup-editor-split");
        split.addClassName("stackup-editor-triple");
        togglePreview.addClickListener(e -> {
            boolean open = !split.hasClassName("preview-open");
            split.setClassName("preview-open", open);
            togglePreview.getElement().setAttribute("aria-pressed", Boolean.toString(open));
        });
        togglePreview.getElement().setAttribute("aria-pressed", "false");
        sectionBar.add(togglePreview);
        add(title, intro, sectionBar, sectionFields, split);
        refreshSections(draft.sections.isEmpty() ? null : draft.sections.getFirst());
    }

    private void refreshSections(@Nullable SectionDraft select) {
        section.setItems(draft.sections);
        section.setValue(select);
        showSection(select);
    }

    private String sectionPath(SectionDraft s) {
        return "$.questionnaire.sections[" + draft.sections.indexOf(s) + "]";
    }

    private void showSection(@Nullable SectionDraft s) {
        sectionFields.removeAll();
        form.removeAll();
        if (s == null) {
            questions.setItems(java.util.List.of());
            return;
        }
        String path = sectionPath(s);
        var key = marks.register(
                path + ".key", EditorFields.text(getTranslation("editor.key"), s.key, v -> s.key = v, this::changed));
        var title = marks.register(
                path + ".title",
                EditorFields.text(
                        getTranslation("editor.title"),
                        s.title,
                        v -> {
                            s.title = v;
                            section.getListDataView().refreshItem(s);
                        },
                        this::changed));
        title.setId("section-title");
        HorizontalLayout fields = new HorizontalLayout(key, title);
        fields.setWrap(true);
        sectionFields.add(fields);
        questions.setItems(s.questions);
        moveTo.setItems(draft.sections.stream().filter(other -> other != s).toList());
        renderDropSections(s);
    }

    /** One drop target per other section, each named, for moving a dragged question there. */
    private void renderDropSections(SectionDraft current) {
        dropSections.removeAll();
        for (SectionDraft other : draft.sections) {
            if (other == current) {
                continue;
            }
            Span target = new Span(
                    getTranslation("editor.question.drop") + " " + (other.title.isBlank() ? other.key : other.title));
            target.setId("section-drop-" + draft.sections.indexOf(other));
            target.addClassName("stackup-drop-section");
            target.getStyle()
                    .set("display", "block")
                    .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                    .set("margin-top", "var(--lumo-space-xs)")
                    .set("border", "1px dashed var(--lumo-contrast-30pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)")
                    .set("font-size", "var(--lumo-font-size-s)");
            DropTarget.create(target).addDropListener(e -> {
                QuestionDraft q = dragged;
                dragged = null;
                if (q != null) {
                    questions.select(q);
                    moveQuestionTo(other);
                }
            });
            dropSections.add(target);
        }
    }

    /** Puts the dragged question above or below the one it was dropped on, keeps it selected, reports the change. */
    private void dropQuestion(QuestionDraft target, GridDropLocation where) {
        QuestionDraft q = dragged;
        dragged = null;
        SectionDraft s = section.getValue();
        if (q == null || s == null || q == target || !s.questions.contains(target)) {
            return;
        }
        int at = s.questions.indexOf(target);
        if (draft.moveQuestion(q, s, where == GridDropLocation.BELOW ? at + 1 : at)) {
            questions.setItems(s.questions);
            questions.select(q);
            showQuestion(q);
            changed();
        }
    }

    private void showQuestion(@Nullable QuestionDraft q) {
        form.removeAll();
        SectionDraft s = section.getValue();
        moveTo.setEnabled(q != null && s != null && draft.sections.size() > 1);
        preview.show(q == null ? null : q.key);
        if (q == null || s == null) {
            return;
        }
        String path = sectionPath(s) + ".questions[" + s.questions.indexOf(q) + "]";
        QuestionForm questionForm = new QuestionForm(draft, marks, q, path, () -> {
            questions.getDataProvider().refreshItem(q);
            preview.show(q.key);
        });
        questionForm.addChangeListener(e -> changed());
        form.add(questionForm);
    }

    @Override
    void reveal(String path) {
        OptionalInt s = EditorPaths.index(path, "sections");
        if (s.isEmpty() || s.getAsInt() >= draft.sections.size()) {
            return;
        }
        SectionDraft target = draft.sections.get(s.getAsInt());
        if (section.getValue() != target) {
            section.setValue(target);
        }
        OptionalInt q = EditorPaths.index(path, "questions");
        if (q.isPresent() && q.getAsInt() < target.questions.size()) {
            QuestionDraft question = target.questions.get(q.getAsInt());
            if (questions.asSingleSelect().getValue() != question) {
                questions.select(question);
            }
            questions.scrollToIndex(q.getAsInt());
        }
    }

    private void addQuestion() {
        SectionDraft s = section.getValue();
        if (s == null) {
            return;
        }
        QuestionDraft q = new QuestionDraft();
        int n = draft.questions().size() + 1;
        q.key = "question-" + n;
        while (draft.questions().stream().anyMatch(other -> other.key.equals(q.key))) {
            q.key = "question-" + ++n;
        }
        q.text = getTranslation("editor.question.new", n);
        s.questions.add(q);
        questions.setItems(s.questions);
        questions.select(q);
        changed();
    }

    private void duplicateQuestion() {
        SectionDraft s = section.getValue();
        QuestionDraft q = questions.asSingleSelect().getValue();
        if (s != null && q != null) {
            QuestionDraft copy = draft.duplicate(q);
            questions.setItems(s.questions);
            questions.select(copy);
            changed();
        }
    }

    private void moveQuestion(int by) {
        SectionDraft s = section.getValue();
        QuestionDraft q = questions.asSingleSelect().getValue();
        if (s != null && q != null && EditorFields.move(s.questions, q, by)) {
            questions.setItems(s.questions);
            questions.select(q);
            showQuestion(q);
            changed();
        }
    }

    /**
     * Moves the selected question to another section and follows it there. A move that carries a question past one its
     * {@code showIf} names (or that names it) is allowed, not refused: the validator lists the broken reference at once
     * and a click on it leads to the {@code showIf}, while refusing would block a restructuring that moves both
     * questions one after the other.
     */
    private void moveQuestionTo(SectionDraft to) {
        QuestionDraft q = questions.asSingleSelect().getValue();
        if (q != null) {
            draft.moveQuestion(q, to);
            refreshSections(to);
            questions.select(q);
            changed();
        }
        moveTo.clear();
    }

    private void deleteQuestion() {
        SectionDraft s = section.getValue();
        QuestionDraft q = questions.asSingleSelect().getValue();
        if (s == null || q == null) {
            return;
        }
        EditorFields.confirmDelete(
                this, getTranslation("editor.question", q.key), References.toQuestion(draft, q), () -> {
                    s.questions.remove(q);
                    questions.setItems(s.questions);
                    changed();
                });
    }

    private void moveSection(int by) {
        SectionDraft s = section.getValue();
        if (s != null && EditorFields.move(draft.sections, s, by)) {
            refreshSections(s);
            changed();
        }
    }

    private void deleteSection() {
        SectionDraft s = section.getValue();
        if (s == null) {
            return;
        }
        References.Count refs = s.questions.stream()
                .map(q -> References.toQuestion(draft, q))
                .reduce(
                        new References.Count(s.questions.size(), 0, 0, 0, 0, 0),
                        (a, b) -> new References.Count(
                                a.questions() + b.questions(),
                                0,
                                0,
                                0,
                                a.rules() + b.rules(),
                                a.requirements() + b.requirements()));
        EditorFields.confirmDelete(this, getTranslation("editor.section", s.title), refs, () -> {
            draft.sections.remove(s);
            refreshSections(draft.sections.isEmpty() ? null : draft.sections.getFirst());
            changed();
        });
    }
}
