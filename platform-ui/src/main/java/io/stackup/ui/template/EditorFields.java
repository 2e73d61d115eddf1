package io.stackup.ui.template;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Small builders shared by the editor's forms: fields that write into the draft when the person leaves them (or
 * presses Enter), so nothing is re-rendered while typing; move and delete buttons; the confirmation of a deletion.
 */
final class EditorFields {

    private EditorFields() {}

    static TextField text(String label, String value, Consumer<String> set, Runnable changed) {
        TextField field = new TextField(label);
        field.setValue(value);
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        field.addValueChangeListener(e -> {
            set.accept(e.getValue());
            changed.run();
        });
        return field;
    }

    static TextArea area(String label, String value, Consumer<String> set, Runnable changed) {
        TextArea field = new TextArea(label);
        field.setValue(value);
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        field.setWidthFull();
        field.addValueChangeListener(e -> {
            set.accept(e.getValue());
            changed.run();
        });
        return field;
    }

    /** A number; when cleared, {@code whenEmpty} is written ({@code null} for an optional value). */
    static NumberField number(
            String label, @Nullable Double value, @Nullable Double whenEmpty, Consumer<Double> set, Runnable changed) {
        NumberField field = new NumberField(label);
        field.setValue(value);
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        field.addValueChangeListener(e -> {
            set.accept(e.getValue() == null ? whenEmpty : e.getValue());
            changed.run();
        });
        return field;
    }

    static Button icon(VaadinIcon icon, String ariaLabel, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(ariaLabel);
        button.setTooltipText(ariaLabel);
        return button;
    }

    /** Makes a toolbar's buttons small, so a list's toolbar fits on one line above the list. */
    static void small(com.vaadin.flow.component.HasComponents toolbar) {
        ((com.vaadin.flow.component.Component) toolbar)
                .getChildren()
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .forEach(b -> b.addThemeVariants(ButtonVariant.LUMO_SMALL));
    }

    /** Moves an element one place up ({@code -1}) or down ({@code +1}); false when it is already at that end. */
    static <T> boolean move(List<T> list, T item, int by) {
        int from = list.indexOf(item);
        int to = from + by;
        if (from < 0 || to < 0 || to >= list.size()) {
            return false;
        }
        Collections.swap(list, from, to);
        return true;
    }

    /**
     * Moves an element so that it stands where the element at {@code before} stood ({@code list.size()}: at the end),
     * counting {@code before} in the list as it is before the move; false when that leaves it where it was.
     */
    static <T> boolean moveBefore(List<T> list, T item, int before) {
        int from = list.indexOf(item);
        if (from < 0 || before < 0 || before > list.size()) {
            return false;
        }
        int to = before > from ? before - 1 : before;
        if (to == from) {
            return false;
        }
        list.remove(from);
        list.add(to, item);
        return true;
    }

    /**
     * Focuses the move button of a row that was just moved and re-rendered, so a keyboard user can press it again.
     *
     * @param id the button's id, e.g. {@code band-up-2}
     */
    static void focus(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent() && root instanceof Focusable<?> focusable) {
            focusable.focus();
            return;
        }
        root.getChildren().forEach(child -> focus(child, id));
    }

    /** Asks before a deletion, saying what refers to the thing deleted; Enter confirms. */
    static void confirmDelete(Component from, String what, References.@Nullable Count refs, Runnable delete) {
        String text = refs == null || refs.none()
                ? from.getTranslation("editor.delete.unused")
                : from.getTranslation("editor.delete.used", describe(from, refs));
        ConfirmDialog dialog = new ConfirmDialog(
                from.getTranslation("editor.delete.title", what),
                text,
                from.getTranslation("editor.delete"),
                e -> delete.run());
        dialog.setId("confirm-remove");
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(from.getTranslation("action.cancel"));
        dialog.open();
    }

    /** "3 questions and 2 rules": the non-zero counts, in words. */
    static String describe(Component from, References.Count refs) {
        List<String> parts = new java.util.ArrayList<>();
        add(from, parts, "questions", refs.questions());
        add(from, parts, "capabilities", refs.capabilities());
        add(from, parts, "recommendations", refs.recommendations());
        add(from, parts, "options", refs.options());
        add(from, parts, "rules", refs.rules());
        add(from, parts, "requirements", refs.requirements());
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        return String.join(", ", parts.subList(0, parts.size() - 1))
                + from.getTranslation("editor.refs.and")
                + parts.getLast();
    }

    private static void add(Component from, List<String> parts, String kind, int count) {
        if (count > 0) {
            parts.add(from.getTranslation("editor.refs." + kind, count));
        }
    }
}
