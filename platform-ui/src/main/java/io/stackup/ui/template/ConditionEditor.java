package io.stackup.ui.template;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import io.stackup.core.template.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link Condition} from pickers, never from typed JSON: a kind (a question's answer, a capability's level, an
 * area's gap, the overall level, the total gap, or all/any/not of further conditions), then that kind's pickers. In a
 * {@code showIf} only the question forms are offered, over the questions that come earlier. An incomplete choice still
 * gives a condition, with blanks, so the validator says what is missing.
 */
class ConditionEditor extends Div {

    enum Kind {
        NONE,
        QUESTION,
        CAPABILITY,
        AREA,
        OVERALL,
        TOTAL_GAP,
        ALL,
        ANY,
        NOT
    }

    private final EditorChoices choices;
    private final boolean showIf;
    private final Consumer<@Nullable Condition> onChange;
    private final Select<Kind> kind = new Select<>();
    private final Div body = new Div();
    private final List<ConditionEditor> children = new ArrayList<>();
    private @Nullable ConditionPickers pickers;
    private @Nullable FieldMarks marks;
    private String path = "";

    /**
     * @param optional offer "no condition" (a {@code showIf} may be absent)
     * @param showIf only the question forms
     */
    ConditionEditor(
            EditorChoices choices,
            boolean showIf,
            boolean optional,
            @Nullable Condition initial,
            Consumer<@Nullable Condition> onChange) {
        this.choices = choices;
        this.showIf = showIf;
        this.onChange = onChange;
        addClassName("stackup-condition");
        List<Kind> kinds = new ArrayList<>();
        if (optional) {
            kinds.add(Kind.NONE);
        }
        kinds.add(Kind.QUESTION);
        if (!showIf) {
            kinds.addAll(List.of(Kind.CAPABILITY, Kind.AREA, Kind.OVERALL, Kind.TOTAL_GAP));
        }
        kinds.addAll(List.of(Kind.ALL, Kind.ANY, Kind.NOT));
        kind.setItems(kinds);
        kind.setItemLabelGenerator(
                k -> getTranslation("editor.condition.kind." + k.name().toLowerCase()));
        kind.setLabel(getTranslation("editor.condition"));
        kind.addClassName("stackup-condition-kind");
        Kind start = initial == null ? (optional ? Kind.NONE : Kind.QUESTION) : kindOf(initial);
        kind.setValue(start);
        build(start, initial);
        kind.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                build(e.getValue(), null);
                register();
                changed();
            }
        });
        HorizontalLayout row = new HorizontalLayout(kind, body);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(row);
    }

    Select<Kind> kindSelect() {
        return kind;
    }

    /**
     * Registers this condition's fields under the condition's JSONPath, so problems mark them and a click on a problem
     * finds them: the kind at the path itself, the pickers below it, nested conditions at {@code all[i]},
     * {@code any[i]}, {@code not}.
     */
    ConditionEditor at(FieldMarks marks, String path) {
        this.marks = marks;
        this.path = path;
        register();
        return this;
    }

    private void register() {
        if (marks == null) {
            return;
        }
        marks.register(path, kind);
        if (pickers != null) {
            pickers.register(marks, path);
        }
        Kind k = kind.getValue();
        for (int i = 0; i < children.size(); i++) {
            String child = switch (k) {
                case NOT -> path + ".not";
                case ANY -> path + ".any[" + i + "]";
                default -> path + ".all[" + i + "]";
            };
            children.get(i).at(marks, child);
        }
    }

    /** The condition as picked; {@code null} for "no condition". */
    @Nullable
    Condition value() {
        Kind k = kind.getValue();
        return switch (k) {
            case NONE -> null;
            case ALL -> new Condition.All(childValues());
            case ANY -> new Condition.Any(childValues());
            case NOT -> {
                List<Condition> values = childValues();
                yield new Condition.Not(values.isEmpty() ? new Condition.All(List.of()) : values.getFirst());
            }
            default -> pickers == null ? null : pickers.value();
        };
    }

    private List<Condition> childValues() {
        return children.stream()
                .map(ConditionEditor::value)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private void build(Kind k, @Nullable Condition initial) {
        body.removeAll();
        children.clear();
        pickers = null;
        switch (k) {
            case NONE -> {}
            case ALL, ANY -> {
                List<Condition> start = switch (initial) {
                    case Condition.All all -> all.conditions();
                    case Condition.Any any -> any.conditions();
                    case null, default -> List.of();
                };
                Div list = new Div();
                list.addClassName("stackup-condition-children");
                start.forEach(c -> addChild(list, c));
                if (start.isEmpty()) {
                    addChild(list, null);
                }
                Button add = new Button(getTranslation("editor.condition.add"), VaadinIcon.PLUS.create());
                add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                add.addClickListener(e -> {
                    addChild(list, null);
                    register();
                    changed();
                });
                body.add(list, add);
            }
            case NOT -> {
                Div list = new Div();
                list.addClassName("stackup-condition-children");
                addChild(list, initial instanceof Condition.Not not ? not.condition() : null);
                body.add(list);
            }
            default -> {
                pickers = new ConditionPickers(choices, k, initial, this::changed);
                body.add(pickers);
            }
        }
    }

    private void addChild(Div list, @Nullable Condition initial) {
        ConditionEditor child = new ConditionEditor(choices, showIf, false, initial, c -> changed());
        children.add(child);
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("editor.condition.remove"));
        HorizontalLayout line = new HorizontalLayout(child, remove);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        remove.addClickListener(e -> {
            children.remove(child);
            list.remove(line);
            register();
            changed();
        });
        list.add(line);
    }

    private void changed() {
        onChange.accept(value());
    }

    static Kind kindOf(Condition condition) {
        return switch (condition) {
            case Condition.AnyOf a -> Kind.QUESTION;
            case Condition.AllOf a -> Kind.QUESTION;
            case Condition.NumberRange n -> Kind.QUESTION;
            case Condition.Answered a -> Kind.QUESTION;
            case Condition.CapabilityLevel c -> Kind.CAPABILITY;
            case Condition.AreaGap a -> Kind.AREA;
            case Condition.OverallLevel o -> Kind.OVERALL;
            case Condition.TotalGap t -> Kind.TOTAL_GAP;
            case Condition.All a -> Kind.ALL;
            case Condition.Any a -> Kind.ANY;
            case Condition.Not n -> Kind.NOT;
        };
    }
}
