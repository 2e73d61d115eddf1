package io.stackup.core.template.scoring;

import io.stackup.core.template.Answer;
import io.stackup.core.template.QuestionType;
import java.util.Map;

/**
 * One scoring run's answers, by question index: whether a question is answered (a note alone is not) and visible,
 * the chosen options as a bit set (one bit for a single choice) and the number given. Filled once, then read only.
 */
final class AnswerSheet {

    final boolean[] answered;
    final boolean[] visible;
    final long[] chosen;
    final double[] number;

    private AnswerSheet(int questions) {
        answered = new boolean[questions];
        visible = new boolean[questions];
        chosen = new long[questions];
        number = new double[questions];
    }

    /**
     * Reads the answers and works out visibility.
     *
     * @throws IllegalArgumentException for an answer that does not fit its question
     */
    static AnswerSheet read(
            CompiledQuestion[] questions, Map<String, Integer> questionIndex, Map<String, Answer> answers) {
        AnswerSheet sheet = new AnswerSheet(questions.length);
        answers.forEach((key, answer) -> {
            Integer i = questionIndex.get(key);
            if (i == null) {
                throw new IllegalArgumentException("answer to unknown question '" + key + "'");
            }
            sheet.record(questions[i], answer);
        });
        Visibility.apply(questions, sheet);
        return sheet;
    }

    /** Visible and answered: what every question form of a condition asks first. */
    boolean counts(int question) {
        return visible[question] && answered[question];
    }

    private void record(CompiledQuestion q, Answer answer) {
        int i = q.index;
        switch (answer) {
            case Answer.NoteOnly n -> {
                return;
            }
            case Answer.Choice c when q.type.isSingleChoice() -> chosen[i] = 1L << q.option(c.option());
            case Answer.Choices c when q.type == QuestionType.MULTI -> chosen[i] = q.mask(c.options());
            case Answer.Number n when q.type == QuestionType.NUMBER -> number[i] = n.number();
            case Answer.Text t when q.type == QuestionType.TEXT -> {}
            default ->
                throw new IllegalArgumentException(
                        "answer of the wrong shape for " + q.type.json() + " question '" + q.key + "'");
        }
        answered[i] = true;
    }
}
