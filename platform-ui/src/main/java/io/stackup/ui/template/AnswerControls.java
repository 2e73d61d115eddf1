package io.stackup.ui.template;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import io.stackup.core.template.Answer;
import io.stackup.core.template.Option;
import io.stackup.core.template.Question;
import io.stackup.core.template.Scale;
import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The answer control of a question's type, as the live preview and the public self-assessment show it: radio buttons
 * for a choice, checkboxes for a checklist, a number or a text. Each change hands the question's key and its answer
 * ({@code null} when cleared or not valid) to {@code answered}.
 */
public final class AnswerControls {

    private AnswerControls() {}

    public static Component of(Scale scale, Question question, BiConsumer<String, @Nullable Answer> answered) {
        List<Option> options = question.effectiveOptions(scale);
        return switch (question.type()) {
            case YES_NO, SINGLE, SCALE -> {
                RadioButtonGroup<Option> group = new RadioButtonGroup<>();
                group.setItems(options);
                group.setItemLabelGenerator(Option::label);
                group.addValueChangeListener(e -> answered.accept(
                        question.key(),
                        e.getValue() == null
                                ? null
                                : new Answer.Choice(e.getValue().key(), null)));
                yield group;
            }
            case MULTI -> {
                CheckboxGroup<Option> group = new CheckboxGroup<>();
                group.setItems(options);
                group.setItemLabelGenerator(Option::label);
                group.addValueChangeListener(e -> answered.accept(
                        question.key(),
                        new Answer.Choices(
                                options.stream()
                                        .filter(e.getValue()::contains)
                                        .map(Option::key)
                                        .toList(),
                                null)));
                yield group;
            }
            case NUMBER -> {
                NumberField field = new NumberField();
                field.setSuffixComponent(question.unit() == null ? null : new Span(question.unit()));
                if (question.minValue() != null) {
                    field.setMin(question.minValue());
                }
                if (question.maxValue() != null) {
                    field.setMax(question.maxValue());
                }
                field.addValueChangeListener(e -> answered.accept(
                        question.key(),
                        e.getValue() == null || field.isInvalid() ? null : new Answer.Number(e.getValue(), null)));
                yield field;
            }
            case TEXT -> {
                TextArea area = new TextArea();
                area.setMaxLength(10_000);
                area.setWidthFull();
                area.addValueChangeListener(e -> answered.accept(
                        question.key(), e.getValue().isBlank() ? null : new Answer.Text(e.getValue(), null)));
                yield area;
            }
        };
    }
}
