package io.stackup.ui.template;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.stackup.core.template.Answer;
import io.stackup.core.template.Question;
import io.stackup.core.template.Scale;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/** A question as the interviewer sees it: its text, its help when it has one, and the controls that answer it. */
final class QuestionCard {

    private QuestionCard() {}

    /** The card; textId, when given, is the id of the text span. */
    static Div of(
            Scale scale, Question question, BiConsumer<String, @Nullable Answer> onAnswer, @Nullable String textId) {
        Div block = new Div();
        block.addClassName("stackup-question");
        Span text = new Span(question.text());
        if (textId != null) {
            text.setId(textId);
        }
        text.addClassName("stackup-question-text");
        block.add(text);
        if (question.help() != null) {
            Paragraph help = new Paragraph(question.help());
            help.addClassName("stackup-question-help");
            block.add(help);
        }
        block.add(AnswerControls.of(scale, question, onAnswer));
        return block;
    }
}
