package io.stackup.ui.template;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.HasListDataView;
import io.stackup.core.template.QuestionType;
import io.stackup.ui.template.TemplateDraft.QuestionDraft;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a picker may offer, read from the draft as it stands: levels, capabilities, areas, and the questions a
 * condition may name (for a {@code showIf}, only those that come earlier in document order).
 *
 * @param before the question whose {@code showIf} is edited, or {@code null} for qualification (every question)
 */
record EditorChoices(TemplateDraft draft, @Nullable QuestionDraft before) {

    List<String> levels() {
        return draft.levels.stream().map(l -> l.key).toList();
    }

    List<String> capabilities() {
        return draft.capabilities().stream().map(c -> c.key).toList();
    }

    List<String> areas() {
        return draft.areas.stream().map(a -> a.key).toList();
    }

    /** The keys of the questions a condition may name. */
    List<String> questions() {
        List<QuestionDraft> all = draft.questions();
        int end = before == null ? all.size() : all.indexOf(before);
        return all.subList(0, Math.max(0, end)).stream().map(q -> q.key).toList();
    }

    Optional<QuestionDraft> question(@Nullable String key) {
        return draft.questions().stream().filter(q -> q.key.equals(key)).findFirst();
    }

    /** The option keys an answer to the question chooses from ({@code yes}, {@code no} for a plain yes/no). */
    List<String> options(@Nullable String questionKey) {
        return question(questionKey)
                .map(q -> q.type == QuestionType.YES_NO && q.options.isEmpty()
                        ? List.of("yes", "no")
                        : q.options.stream().map(o -> o.key).toList())
                .orElse(List.of());
    }

    String levelLabel(String key) {
        return draft.levels.stream()
                .filter(l -> l.key.equals(key))
                .findFirst()
                .map(l -> l.name.isBlank() ? l.key : l.name)
                .orElse(key);
    }

    String areaLabel(String key) {
        return draft.areas.stream()
                .filter(a -> a.key.equals(key))
                .findFirst()
                .map(a -> a.name.isBlank() ? a.key : a.name)
                .orElse(key);
    }

    /** A select of level keys, labelled by name; may be left empty when {@code optional}. */
    Select<String> levelSelect(String label, boolean optional, @Nullable String value) {
        Select<String> select = new Select<>();
        select.setLabel(label);
        select.setItems(levels());
        select.setItemLabelGenerator(k -> k == null ? "" : levelLabel(k));
        select.setEmptySelectionAllowed(optional);
        keep(select, value);
        return select;
    }

    /**
     * Sets a value, adding it to the items if the draft no longer has it (or, in a {@code showIf}, has it only later) so
     * nothing is lost. The items are copied first: they may be an unmodifiable list.
     */
    static <F extends HasListDataView<String, ?> & HasValue<?, String>> void keep(F field, @Nullable String value) {
        if (value != null && field.getListDataView().getItems().noneMatch(value::equals)) {
            List<String> items =
                    new ArrayList<>(field.getListDataView().getItems().toList());
            items.add(value);
            field.setItems(items);
        }
        field.setValue(value);
    }

    /**
     * A searchable picker over many keys (up to 2,000 questions or 500 capabilities): a combo box, which sends the
     * browser only the items in view, where a select would render every one. Labels are computed once.
     */
    static ComboBox<String> picker(String label, List<String> keys, Map<String, String> labels) {
        ComboBox<String> picker = new ComboBox<>(label);
        picker.setItems(keys);
        picker.setItemLabelGenerator(k -> k == null ? "" : labels.getOrDefault(k, k));
        picker.setWidth("min(100%, 22rem)");
        return picker;
    }

    /** Each question's picker label ("key: text"), in one pass over the draft. */
    Map<String, String> questionLabels() {
        Map<String, String> labels = new HashMap<>();
        draft.questions().forEach(q -> labels.put(q.key, q.key + ": " + shorten(q.text)));
        return labels;
    }

    /** Each capability's picker label (its name, or its key while it has none), in one pass over the draft. */
    Map<String, String> capabilityLabels() {
        Map<String, String> labels = new HashMap<>();
        draft.capabilities().forEach(c -> labels.put(c.key, c.name.isBlank() ? c.key : c.name));
        return labels;
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
