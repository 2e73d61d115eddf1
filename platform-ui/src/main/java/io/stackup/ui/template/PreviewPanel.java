package io.stackup.ui.template;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import io.stackup.core.template.Answer;
import io.stackup.core.template.Preview;
import io.stackup.core.template.Question;
import io.stackup.core.template.Section;
import io.stackup.core.template.Template;
import io.stackup.core.template.TemplateId;
import io.stackup.core.template.TemplateService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Answers the questionnaire as an interviewer would, one section at a time (so a 2,000-question template renders only
 * the section in view), and shows after every answer what it means: levels, gaps, roadmap and lead score. Questions
 * appear and disappear as their {@code showIf} says. Nothing is stored.
 */
class PreviewPanel extends Div {

    private final TemplateService templates;
    private final TemplateId id;
    private final Template template;
    private final Map<String, Answer> answers = new HashMap<>();
    private final Map<String, Div> shown = new HashMap<>();
    private final Div questions = new Div();
    private final ResultPanel result;
    private Set<String> visible = new HashSet<>();
    private @Nullable Section current;

    PreviewPanel(TemplateService templates, TemplateId id, Template template) {
        this.templates = templates;
        this.id = id;
        this.template = template;
        this.result = new ResultPanel(template);
        setId("preview");
        addClassName("stackup-preview");
        Tabs sections = new Tabs();
        sections.setId("preview-sections");
        List<Section> all = template.questionnaire().sections();
        Map<Tab, Section> bySection = new HashMap<>();
        for (Section section : all) {
            Tab tab = new Tab(section.title());
            bySection.put(tab, section);
            sections.add(tab);
        }
        sections.addSelectedChangeListener(e -> show(bySection.get(e.getSelectedTab())));
        questions.setId("preview-questions");
        Div answersColumn = new Div(new H3(getTranslation("preview.answers")), sections, questions);
        answersColumn.addClassName("stackup-preview-answers");
        add(answersColumn, result);
        current = all.isEmpty() ? null : all.getFirst();
        recompute();
    }

    private void show(@Nullable Section section) {
        current = section;
        render();
    }

    private void render() {
        questions.removeAll();
        shown.clear();
        if (current == null) {
            return;
        }
        for (Question question : current.questions()) {
            Div block = questionBlock(question);
            block.setVisible(visible.contains(question.key()));
            shown.put(question.key(), block);
            questions.add(block);
        }
    }

    private Div questionBlock(Question question) {
        Div block = QuestionCard.of(template.scale(), question, this::answer, null);
        block.setId("q-" + question.key());
        return block;
    }

    private void answer(String question, @Nullable Answer answer) {
        if (answer == null) {
            answers.remove(question);
        } else {
            answers.put(question, answer);
        }
        recompute();
    }

    private void recompute() {
        Preview preview = templates.preview(id, answers, Map.of());
        Set<String> nowVisible = new LinkedHashSet<>(preview.visibleQuestions());
        boolean firstTime = shown.isEmpty();
        visible = nowVisible;
        if (firstTime) {
            render();
        } else {
            shown.forEach((key, block) -> block.setVisible(visible.contains(key)));
        }
        result.show(preview.result());
    }
}
