package io.stackup.ui.interview.conversation;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.stackup.core.report.LadderChart;
import io.stackup.core.template.Answer;
import io.stackup.core.template.scoring.PreparedTemplate;
import io.stackup.core.template.scoring.Result;
import java.util.Map;
import java.util.function.Supplier;

/** "So far": the ladder per area and the overall level that the answers given so far give; drawn only while open. */
class SoFarPanel extends Div {

    private final PreparedTemplate template;
    private final Supplier<Map<String, Answer>> answers;

    SoFarPanel(PreparedTemplate template, Supplier<Map<String, Answer>> answers) {
        this.template = template;
        this.answers = answers;
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
        Result result = template.score(answers.get(), Map.of(), null, false);
        removeAll();
        Div chart = new Div();
        chart.setId("so-far-chart");
        chart.getElement().setProperty("innerHTML", LadderChart.svg(template.template(), result));
        String level = result.overall().level();
        String overall = level == null ? getTranslation("conversation.not-assessed") : levelName(level);
        Paragraph line = new Paragraph(getTranslation("conversation.overall", overall));
        line.setId("so-far-overall");
        add(line, chart);
    }

    private String levelName(String key) {
        return template.template().scale().levels().stream()
                .filter(l -> l.key().equals(key))
                .findFirst()
                .map(l -> l.name())
                .orElse(key);
    }
}
