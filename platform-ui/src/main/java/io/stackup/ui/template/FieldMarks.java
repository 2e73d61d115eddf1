package io.stackup.ui.template;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.dom.DomListenerRegistration;
import io.stackup.core.template.Problem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Maps the JSONPath of a value (as the validator names it, e.g. {@code $.areas[0].capabilities[2].target}) to the field
 * that edits it, so a problem marks its field invalid with its message. Fields register when their form is built; a
 * field no longer on screen is skipped.
 */
final class FieldMarks {

    private static final String JUMPED = "stackup-jump-target";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Map<String, HasValidation> fields = new HashMap<>();
    private final Map<String, Component> targets = new HashMap<>();
    private List<Problem> problems = List.of();

    /** Registers a field and marks it at once if a known problem names its path. */
    <T extends Component & HasValidation> T register(String path, T field) {
        fields.put(path, field);
        mark(path, field);
        return field;
    }

    /**
     * Names where the focus goes for a path that no single field edits, such as a list ({@code $.scale.levels},
     * {@code ...options}) or an object ({@code $.scoring}): its first control, or the button that adds to it. A target
     * is not marked with problems; a field registered at the same path comes first.
     */
    <T extends Component & Focusable<?>> T target(String path, T control) {
        targets.put(path, control);
        return control;
    }

    void apply(List<Problem> now) {
        problems = now;
        fields.entrySet().removeIf(e -> !((Component) e.getValue()).isAttached() && isStale(e.getValue()));
        fields.forEach(this::mark);
        targets.values().removeIf(c -> !c.isAttached() && isStale(c));
    }

    private static boolean isStale(Object field) {
        return ((Component) field).getParent().isEmpty();
    }

    private void mark(String path, HasValidation field) {
        String message = problems.stream()
                .filter(p -> p.path().equals(path))
                .map(Problem::message)
                .reduce((a, b) -> a + "; " + b)
                .orElse(null);
        field.setErrorMessage(message);
        field.setInvalid(message != null);
    }

    /**
     * Focuses and highlights the field that edits the value at the path, or else the nearest field of what owns it (its
     * key, or the field of an enclosing value); false when no such field is on screen. The highlight goes when the
     * field loses the focus.
     */
    boolean focus(String path) {
        for (String candidate : EditorPaths.candidates(path)) {
            for (Object found : new Object[] {fields.get(candidate), targets.get(candidate)}) {
                if (found instanceof Component field && field.isAttached() && field instanceof Focusable<?> focusable) {
                    highlight(field);
                    field.scrollIntoView();
                    focusable.focus();
                    return true;
                }
            }
        }
        return false;
    }

    private static void highlight(Component field) {
        field.addClassName(JUMPED);
        DomListenerRegistration[] blur = new DomListenerRegistration[1];
        blur[0] = field.getElement().addEventListener("focusout", e -> {
            field.removeClassName(JUMPED);
            blur[0].remove();
        });
    }

    static String member(String parent, String name) {
        if (IDENTIFIER.matcher(name).matches()) {
            return parent + "." + name;
        }
        return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    static String index(String parent, String array, int index) {
        return parent + "." + array + "[" + index + "]";
    }
}
