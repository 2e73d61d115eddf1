package io.stackup.ui.template;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import io.stackup.core.template.Answer;
import io.stackup.core.template.Question;
import io.stackup.core.template.Template;
import io.stackup.core.template.scoring.PreparedTemplate;
import io.stackup.core.template.scoring.ScoringEngine;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The live preview beside the question form: the interviewer's card for the selected question, built from the draft as
 * it stands (so an edit shows at once, without saving), and what the sample answers the author gives there mean. The
 * sample answers live only here; an answer the draft no longer accepts (a removed option, a changed type) is dropped
 * rather than shown as an error. A draft that cannot be scored yet (a problem the validator lists) shows the card and
 * says the result waits for the problems to be fixed.
 */
class EditorPreview extends Div {

    private static final ScoringEngine ENGINE = new ScoringEngine();

    private final TemplateDraft draft;
    private final Map<String, Answer> answers = new HashMap<>();
    private final Div card = new Div();
    private final Div result = new Div();
    private @Nullable String selected;

    EditorPreview(TemplateDraft draft) {
        this.draft = draft;
        setId("editor-preview");
        addClassName("stackup-editor-preview");
        card.setId("editor-preview-card");
        result.setId("editor-preview-result");
        add(new H3(getTranslation("editor.preview")), card, result);
    }

    /** Shows the card of the question with this key (none: a hint) and the result of the sample answers. */
    void show(@Nullable String questionKey) {
        selected = questionKey;
        refresh();
    }

    /** Rebuilds card and result from the draft as it stands now. */
    void refresh() {
        card.removeAll();
        result.removeAll();
        Template template;
        try {
            template = draft.toTemplate();
        } catch (RuntimeException notYet) {
            result.add(new Paragraph(getTranslation("editor.preview.unavailable")));
            return;
        }
        Question question = template.questionnaire().sections().stream()
                .flatMap(s -> s.questions().stream())
                .filter(q -> q.key().equals(selected))
                .findFirst()
                .orElse(null);
        if (question == null) {
            card.add(new Paragraph(getTranslation("editor.preview.select")));
        } else {
            card.add(card(template, question));
        }
        PreparedTemplate prepared;
        try {
            prepared = ENGINE.prepare(template);
            answers.keySet()
                    .retainAll(template.questionnaire().sections().stream()
                            .flatMap(s -> s.questions().stream())
                            .map(Question::key)
                            .toList());
            ResultPanel panel = new ResultPanel(template);
            panel.show(score(prepared));
            result.add(panel);
        } catch (RuntimeException notYet) {
            result.add(new Paragraph(getTranslation("editor.preview.unavailable")));
        }
    }

    private io.stackup.core.template.scoring.Result score(PreparedTemplate prepared) {
        try {
            return prepared.score(answers, Map.of(), null, false);
        } catch (IllegalArgumentException stale) {
            answers.clear();
            return prepared.score(answers, Map.of(), null, false);
        }
    }

    private Div card(Template template, Question question) {
        return QuestionCard.of(template.scale(), question, this::answer, "editor-preview-text");
    }

    private void answer(String question, @Nullable Answer answer) {
        if (answer == null) {
            answers.remove(question);
        } else {
            answers.put(question, answer);
        }
        result.removeAll();
        try {
            Template template = draft.toTemplate();
            ResultPanel panel = new ResultPanel(template);
            panel.show(score(ENGINE.prepare(template)));
            result.add(panel);
        } catch (RuntimeException notYet) {
            result.add(new Paragraph(getTranslation("editor.preview.unavailable")));
        }
    }
}
