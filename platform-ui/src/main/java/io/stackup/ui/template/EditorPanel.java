package io.stackup.ui.template;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;

/**
 * A part of the editor (general, catalog, questionnaire, qualification). It writes into the shared draft and fires
 * {@link DraftChanged} so the view validates the draft; it re-renders only what a structural change touched.
 */
abstract class EditorPanel extends Div {

    final TemplateDraft draft;
    final FieldMarks marks;

    EditorPanel(TemplateDraft draft, FieldMarks marks) {
        this.draft = draft;
        this.marks = marks;
        addClassName("stackup-editor-panel");
    }

    /** The draft changed: validate it. */
    static final class DraftChanged extends ComponentEvent<EditorPanel> {
        DraftChanged(EditorPanel source) {
            super(source, false);
        }
    }

    Registration addChangeListener(ComponentEventListener<DraftChanged> listener) {
        return addListener(DraftChanged.class, listener);
    }

    /**
     * Shows the object that owns the value at the path (a tree node, a section and question), so its form is on screen
     * and the view can focus the field. Panels that show everything at once do nothing.
     */
    void reveal(String path) {}

    void changed() {
        fireEvent(new DraftChanged(this));
    }
}
