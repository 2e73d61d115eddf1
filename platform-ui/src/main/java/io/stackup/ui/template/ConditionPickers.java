package io.stackup.ui.template;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import io.stackup.core.template.Condition;
import io.stackup.core.template.QuestionType;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The pickers of one simple condition: a question's answer, a capability's level, a gap or the overall level. */
class ConditionPickers extends HorizontalLayout {

    enum Test {
        ANY_OF,
        ALL_OF,
        RANGE,
        ANSWERED
    }

    private final ConditionEditor.Kind kind;
    private final ComboBox<String> subject = new ComboBox<>();
    private final Select<Test> test = new Select<>();
    private final CheckboxGroup<String> options = new CheckboxGroup<>();
    private final NumberField min = new NumberField();
    private final NumberField max = new NumberField();
    private Select<String> atLeast = new Select<>();
    private Select<String> atMost = new Select<>();
    private final NumberField gap = new NumberField();

    ConditionPickers(EditorChoices choices, ConditionEditor.Kind kind, @Nullable Condition initial, Runnable changed) {
        this.kind = kind;
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassName("stackup-condition-pickers");
        switch (kind) {
            case QUESTION -> {
                subject.setLabel(getTranslation("editor.condition.question"));
                subject.setItems(choices.questions());
                Map<String, String> labels = choices.questionLabels();
                subject.setItemLabelGenerator(k -> k == null ? "" : labels.getOrDefault(k, k));
                test.setLabel(getTranslation("editor.condition.test"));
                test.setItems(Test.values());
                test.setItemLabelGenerator(
                        t -> getTranslation("editor.condition.test." + t.name().toLowerCase()));
                options.setLabel(getTranslation("editor.condition.options"));
                min.setLabel(getTranslation("editor.condition.min"));
                max.setLabel(getTranslation("editor.condition.max"));
                String question = null;
                Test start = Test.ANY_OF;
                List<String> chosen = List.of();
                switch (initial) {
                    case Condition.AnyOf a -> {
                        question = a.question();
                        chosen = a.options();
                    }
                    case Condition.AllOf a -> {
                        question = a.question();
                        chosen = a.options();
                        start = Test.ALL_OF;
                    }
                    case Condition.NumberRange n -> {
                        question = n.question();
                        start = Test.RANGE;
                        min.setValue(n.min());
                        max.setValue(n.max());
                    }
                    case Condition.Answered a -> {
                        question = a.question();
                        start = Test.ANSWERED;
                    }
                    case null, default -> {}
                }
                EditorChoices.keep(subject, question);
                if (question != null
                        && choices.question(question)
                                .map(q -> q.type == QuestionType.NUMBER)
                                .orElse(false)
                        && initial == null) {
                    start = Test.RANGE;
                }
                test.setValue(start);
                options.setItems(choices.options(question));
                options.setValue(new java.util.LinkedHashSet<>(chosen));
                subject.addValueChangeListener(e -> {
                    options.setItems(choices.options(e.getValue()));
                    boolean number = choices.question(e.getValue())
                            .map(q -> q.type == QuestionType.NUMBER)
                            .orElse(false);
                    test.setValue(number ? Test.RANGE : Test.ANY_OF);
                    showTest();
                    changed.run();
                });
                test.addValueChangeListener(e -> {
                    showTest();
                    changed.run();
                });
                options.addValueChangeListener(e -> changed.run());
                min.addValueChangeListener(e -> changed.run());
                max.addValueChangeListener(e -> changed.run());
                add(subject, test, options, min, max);
                showTest();
            }
            case CAPABILITY, OVERALL -> {
                subject.setItems(choices.capabilities());
                String least = null;
                String most = null;
                if (initial instanceof Condition.CapabilityLevel c) {
                    least = c.atLeast();
                    most = c.atMost();
                    EditorChoices.keep(subject, c.capability());
                } else if (initial instanceof Condition.OverallLevel o) {
                    least = o.atLeast();
                    most = o.atMost();
                }
                atLeast = choices.levelSelect(getTranslation("editor.condition.at-least"), true, least);
                atMost = choices.levelSelect(getTranslation("editor.condition.at-most"), true, most);
                atLeast.addValueChangeListener(e -> changed.run());
                atMost.addValueChangeListener(e -> changed.run());
                if (kind == ConditionEditor.Kind.CAPABILITY) {
                    subject.setLabel(getTranslation("editor.condition.capability"));
                    Map<String, String> labels = choices.capabilityLabels();
                    subject.setItemLabelGenerator(k -> k == null ? "" : labels.getOrDefault(k, k));
                    subject.addValueChangeListener(e -> changed.run());
                    add(subject);
                }
                add(atLeast, atMost);
            }
            case AREA, TOTAL_GAP -> {
                subject.setItems(choices.areas());
                gap.setLabel(getTranslation("editor.condition.gap"));
                gap.setMin(0);
                if (initial instanceof Condition.AreaGap a) {
                    gap.setValue(a.gapAtLeast());
                    EditorChoices.keep(subject, a.area());
                } else if (initial instanceof Condition.TotalGap t) {
                    gap.setValue(t.gapAtLeast());
                }
                gap.addValueChangeListener(e -> changed.run());
                if (kind == ConditionEditor.Kind.AREA) {
                    subject.setLabel(getTranslation("editor.condition.area"));
                    subject.setItemLabelGenerator(k -> k == null ? "" : choices.areaLabel(k));
                    subject.addValueChangeListener(e -> changed.run());
                    add(subject);
                }
                add(gap);
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
    }

    /** Registers the pickers under the condition's path, each at the member it edits. */
    void register(FieldMarks marks, String path) {
        switch (kind) {
            case QUESTION -> {
                marks.register(path + ".question", subject);
                marks.register(path + ".anyOf", options);
                marks.register(path + ".allOf", options);
                marks.register(path + ".min", min);
                marks.register(path + ".max", max);
                marks.register(path + ".answered", test);
            }
            case CAPABILITY -> {
                marks.register(path + ".capability", subject);
                marks.register(path + ".atLeast", atLeast);
                marks.register(path + ".atMost", atMost);
            }
            case OVERALL -> {
                marks.register(path + ".overall.atLeast", atLeast);
                marks.register(path + ".overall.atMost", atMost);
            }
            case AREA -> {
                marks.register(path + ".area", subject);
                marks.register(path + ".gapAtLeast", gap);
            }
            case TOTAL_GAP -> marks.register(path + ".totalGapAtLeast", gap);
            default -> {}
        }
    }

    ComboBox<String> subject() {
        return subject;
    }

    CheckboxGroup<String> options() {
        return options;
    }

    private void showTest() {
        Test t = test.getValue();
        options.setVisible(t == Test.ANY_OF || t == Test.ALL_OF);
        min.setVisible(t == Test.RANGE);
        max.setVisible(t == Test.RANGE);
    }

    Condition value() {
        String key = subject.getValue() == null ? "" : subject.getValue();
        return switch (kind) {
            case QUESTION ->
                switch (test.getValue()) {
                    case ANY_OF -> new Condition.AnyOf(key, chosen());
                    case ALL_OF -> new Condition.AllOf(key, chosen());
                    case RANGE -> new Condition.NumberRange(key, min.getValue(), max.getValue());
                    case ANSWERED -> new Condition.Answered(key);
                };
            case CAPABILITY -> new Condition.CapabilityLevel(key, atMost.getValue(), atLeast.getValue());
            case OVERALL -> new Condition.OverallLevel(atMost.getValue(), atLeast.getValue());
            case AREA -> new Condition.AreaGap(key, gap.getValue() == null ? 0 : gap.getValue());
            case TOTAL_GAP -> new Condition.TotalGap(gap.getValue() == null ? 0 : gap.getValue());
            default -> throw new IllegalStateException(kind.name());
        };
    }

    /** The chosen options in the question's order. */
    private List<String> chosen() {
        return options.getListDataView()
                .getItems()
                .filter(options.getValue()::contains)
                .toList();
    }
}
