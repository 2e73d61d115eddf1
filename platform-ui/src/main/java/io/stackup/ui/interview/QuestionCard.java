package io.stackup.ui.interview;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.stackup.core.template.Answer;
import io.stackup.core.template.Option;
import io.stackup.core.template.Question;
import io.stackup.core.template.Scale;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * One question in conversation mode: the question, its talking points, the answer controls of its type (large buttons
 * for a choice, checkboxes for a checklist, a number or a text), a note, and whether what was given is saved.
 *
 * <p>Every change hands the card's whole state to the view at once ({@link #current()}: the answer with its note, a
 * note alone, or {@code null} for nothing). The elements carry the {@code data-} attributes {@link DeviceQueue}'s
 * script reads, so the same state is kept on the device until the server confirms it.
 */
class QuestionCard extends Div {

    static final int MAX_NOTE = 10_000;

    private final Question question;
    private final BiConsumer<QuestionCard, @Nullable Answer> changed;
    private final List<Button> optionButtons = new ArrayList<>();
    private final List<Checkbox> checkboxes = new ArrayList<>();
    private final Span state = new Span();
    private final Button clear;
    private @Nullable NumberField number;
    private @Nullable TextArea text;
    private final TextArea note = new TextArea();
    private @Nullable String chosen;
    private boolean checklistAnswered;

    QuestionCard(Question question, Scale scale, int position, BiConsumer<QuestionCard, @Nullable Answer> changed) {
        this.question = question;
        this.changed = changed;
        setId("question-" + question.key());
        addClassName("stackup-card");
        getElement().setAttribute("data-question", question.key());
        getElement().setAttribute("tabindex", "-1");

        Span number = new Span(String.valueOf(position));
        number.addClassName("stackup-card-number");
        Span text = new Span(question.text());
        text.addClassName("stackup-card-text");
        Div head = new Div(number, text);
        head.addClassName("stackup-card-head");
        if (question.required()) {
            head.getElement().setAttribute("title", getTranslation("conversation.required"));
            number.addClassName("required");
        }
        add(head);
        if (question.help() != null) {
            Details help = new Details(getTranslation("conversation.talking-points"), new Paragraph(question.help()));
            help.addClassName("stackup-card-help");
            add(help);
        }
        Div controls = new Div();
        controls.addClassName("stackup-card-controls");
        controls.add(controls(scale));
        add(controls);

        note.setId("note-" + question.key());
        note.setPlaceholder(getTranslation("conversation.note"));
        note.setMaxLength(MAX_NOTE);
        note.setWidthFull();
        note.setValueChangeMode(ValueChangeMode.LAZY);
        note.setValueChangeTimeout(800);
        note.getElement().setAttribute("data-field", "note");
        note.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                fire();
            }
        });
        clear = new Button(getTranslation("conversation.clear"), e -> clearAnswer());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        clear.getElement().setAttribute("data-clear", true);
        clear.setId("clear-" + question.key());
        state.addClassName("stackup-card-state");
        state.setId("state-" + question.key());
        Div foot = new Div(state, clear);
        foot.addClassName("stackup-card-foot");
        add(note, foot);
        refreshClear();
    }

    Question question() {
        return question;
    }

    private com.vaadin.flow.component.Component controls(Scale scale) {
        List<Option> options = question.effectiveOptions(scale);
        switch (question.type()) {
            case YES_NO, SINGLE, SCALE -> {
                getElement().setAttribute("data-kind", "choice");
                Div row = new Div();
                row.addClassName(
                        question.type() == io.stackup.core.template.QuestionType.SCALE
                                ? "stackup-scale"
                                : "stackup-options");
                for (int i = 0; i < options.size(); i++) {
                    Option option = options.get(i);
                    Button button = new Button(option.label(), e -> choose(option.key()));
                    button.setId("option-" + question.key() + "-" + option.key());
                    button.addClassName("stackup-option");
                    button.getElement().setAttribute("data-option", option.key());
                    button.getElement().setAttribute("aria-pressed", "false");
                    if (i < 9) {
                        button.getElement().setAttribute("title", getTranslation("conversation.key", i + 1));
                    }
                    optionButtons.add(button);
                    row.add(button);
                }
                return row;
            }
            case MULTI -> {
                getElement().setAttribute("data-kind", "multi");
                Div column = new Div();
                column.addClassName("stackup-checklist");
                for (Option option : options) {
                    Checkbox box = new Checkbox(option.label());
                    box.setId("option-" + question.key() + "-" + option.key());
                    box.getElement().setAttribute("data-option", option.key());
                    box.addValueChangeListener(e -> {
                        if (e.isFromClient()) {
                            checklistAnswered = true;
                            fire();
                        }
                    });
                    checkboxes.add(box);
                    column.add(box);
                }
                return column;
            }
            case NUMBER -> {
                getElement().setAttribute("data-kind", "number");
                NumberField field = new NumberField();
                field.setId("number-" + question.key());
                field.getElement().setAttribute("data-field", "number");
                if (question.unit() != null) {
                    field.setSuffixComponent(new Span(question.unit()));
                }
                if (question.minValue() != null) {
                    field.setMin(question.minValue());
                }
                if (question.maxValue() != null) {
                    field.setMax(question.maxValue());
                }
                field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
                field.addValueChangeListener(e -> {
                    if (!e.isFromClient()) {
                        return;
                    }
                    if (e.getValue() != null && outOfRange(e.getValue())) {
                        refused(rangeMessage());
                        return;
                    }
                    fire();
                });
                number = field;
                return field;
            }
            case TEXT -> {
                getElement().setAttribute("data-kind", "text");
                TextArea area = new TextArea();
                area.setId("text-" + question.key());
                area.getElement().setAttribute("data-field", "text");
                area.setMaxLength(10_000);
                area.setWidthFull();
                area.setValueChangeMode(ValueChangeMode.LAZY);
                area.setValueChangeTimeout(800);
                area.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        fire();
                    }
                });
                text = area;
                return area;
            }
            default -> throw new IllegalStateException(question.type().name());
        }
    }

    /** The card's whole state: the answer with its note, a note alone, or {@code null} when there is neither. */
    @Nullable
    Answer current() {
        String noteText = note.getValue().isBlank() ? null : note.getValue();
        Answer answer = switch (question.type()) {
            case YES_NO, SINGLE, SCALE -> chosen == null ? null : new Answer.Choice(chosen, noteText);
            case MULTI ->
                checklistAnswered
                        ? new Answer.Choices(
                                checkboxes.stream()
                                        .filter(Checkbox::getValue)
                                        .map(b -> b.getElement().getAttribute("data-option"))
                                        .toList(),
                                noteText)
                        : null;
            case NUMBER ->
                number != null && number.getValue() != null && !number.isInvalid()
                        ? new Answer.Number(number.getValue(), noteText)
                        : null;
            case TEXT -> text != null && !text.getValue().isBlank() ? new Answer.Text(text.getValue(), noteText) : null;
        };
        if (answer == null && noteText != null) {
            return new Answer.NoteOnly(noteText);
        }
        return answer;
    }

    /** Shows a saved answer (on opening, or given on another device) without saving it again. */
    void show(@Nullable Answer answer) {
        chosen = answer instanceof Answer.Choice c ? c.option() : null;
        pressChosen();
        checklistAnswered = answer instanceof Answer.Choices;
        List<String> checked = answer instanceof Answer.Choices c ? c.options() : List.of();
        checkboxes.forEach(b -> b.setValue(checked.contains(b.getElement().getAttribute("data-option"))));
        getElement().setAttribute("data-touched", String.valueOf(checklistAnswered));
        if (number != null) {
            number.setValue(answer instanceof Answer.Number n ? n.number() : null);
        }
        if (text != null) {
            text.setValue(answer instanceof Answer.Text t ? t.text() : "");
        }
        note.setValue(answer == null || answer.note() == null ? "" : answer.note());
        refreshClear();
    }

    boolean isAnswered() {
        Answer answer = current();
        return answer != null && answer.isAnswered();
    }

    void saved(String when) {
        state.setText(getTranslation("conversation.saved", when));
        state.getElement().getThemeList().set("success", true);
        state.getElement().getThemeList().set("error", false);
        getElement().setAttribute("data-state", "saved");
        refreshClear();
    }

    void refused(String message) {
        state.setText(message);
        state.getElement().getThemeList().set("success", false);
        state.getElement().getThemeList().set("error", true);
        getElement().setAttribute("data-state", "refused");
    }

    void setCurrent(boolean current) {
        setClassName("current", current);
    }

    void setReadOnly(boolean readOnly) {
        optionButtons.forEach(b -> b.setEnabled(!readOnly));
        checkboxes.forEach(b -> b.setReadOnly(readOnly));
        if (number != null) {
            number.setReadOnly(readOnly);
        }
        if (text != null) {
            text.setReadOnly(readOnly);
        }
        note.setReadOnly(readOnly);
        clear.setVisible(!readOnly && isAnswered());
    }

    private void choose(String option) {
        chosen = option;
        pressChosen();
        fire();
    }

    private boolean outOfRange(double value) {
        return (question.minValue() != null && value < question.minValue())
                || (question.maxValue() != null && value > question.maxValue());
    }

    /** What a number must be, e.g. "Enter a number from 1 to 500. Nothing was saved." */
    private String rangeMessage() {
        if (question.minValue() != null && question.maxValue() != null) {
            return getTranslation("conversation.number.between", question.minValue(), question.maxValue());
        }
        return question.minValue() != null
                ? getTranslation("conversation.number.at-least", question.minValue())
                : getTranslation("conversation.number.at-most", question.maxValue());
    }

    /** Marks the chosen option pressed (and primary), the others not; the device script does the same at once. */
    private void pressChosen() {
        for (Button button : optionButtons) {
            boolean on = button.getElement().getAttribute("data-option").equals(chosen);
            button.getElement().setAttribute("aria-pressed", String.valueOf(on));
            button.getElement().getThemeList().set("primary", on);
        }
    }

    private void clearAnswer() {
        show(note.getValue().isBlank() ? null : new Answer.NoteOnly(note.getValue()));
        fire();
    }

    private void fire() {
        state.setText(getTranslation("conversation.saving"));
        refreshClear();
        changed.accept(this, current());
    }

    private void refreshClear() {
        clear.setVisible(isAnswered());
    }
}
