package io.stackup.ui.interview.conversation;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.report.LadderChart;
import io.stackup.core.template.Answer;
import io.stackup.core.template.scoring.PreparedTemplate;
import io.stackup.core.template.scoring.Result;
import java.util.Map;
import java.util.function.Supplier;

/**
 * "So far": the ladder per area and the overall level that the answers given so far give, at the interview's targets;
 * drawn only while open. It links to the full result screen, which shows the same preview in full.
 */
class SoFarPanel extends Div {

    private final PreparedTemplate template;
    private final Supplier<Map<String, Answer>> answers;
    private final InterviewId interview;
    private final Map<String, String> targets;

    SoFarPanel(
            PreparedTemplate template,
            Supplier<Map<String, Answer>> answers,
            InterviewId interview,
            Map<String, String> targets) {
        this.template = template;
        this.answers = answers;
        this.interview = interview;
        this.targets = Map.copyOf(targets);
        setId("so-far");
        addClassName("stackup-so-far");
        setVisible(false);
    }

    void toggle() {
        setVisible(!isVisible());
        if (isVisible()) {
            refresh();
        } else {
            removeAll();
        }
    }

    /** Draws the panel again with the answers as they are now, if it is open. */
    void refresh() {
        if (!isVisible()) {
            return;
        }
        Result result = template.score(answers.get(), targets, null, false);
        removeAll();
        Div chart = new Div();
        chart.setId("so-far-chart");
        chart.getElement().setProperty("innerHTML", LadderChart.svg(template.template(), result));
        String level = result.overall().level();
        String overall = level == null ? getTranslation("conversation.not-assessed") : levelName(level);
        Paragraph line = new Paragraph(getTranslation("conversation.overall", overall));
        line.setId("so-far-overall");
        Anchor full = new Anchor("interviews/" + interview + "/result", getTranslation("conversation.full-result"));
        full.setId("so-far-full-result");
        full.setTarget(AnchorTarget.BLANK);
        add(line, chart, full);
    }

    private String levelName(String key) {
        return template.template().scale().levels().stream()
                .filter(l -> l.key().equals(key))
                .findFirst()
                .map(l -> l.name())
                .orElse(key);
    }
}
