package io.stackup.ui.template;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.stackup.core.template.Area;
import io.stackup.core.template.Capability;
import io.stackup.core.template.Level;
import io.stackup.core.template.Recommendation;
import io.stackup.core.template.Template;
import io.stackup.core.template.scoring.Result;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the answers mean, in words a customer understands: the ladder per area, gaps, roadmap, lead score. */
class ResultPanel extends Div {

    private final Map<String, String> levelNames = new HashMap<>();
    private final Map<String, String> areaNames = new HashMap<>();
    private final Map<String, String> capabilityNames = new HashMap<>();
    private final Map<String, String> recommendationTitles = new HashMap<>();

    ResultPanel(Template template) {
        setId("preview-result");
        addClassName("stackup-preview-result");
        for (Level level : template.scale().levels()) {
            levelNames.put(level.key(), level.name());
        }
        for (Area area : template.areas()) {
            areaNames.put(area.key(), area.name());
            for (Capability capability : area.capabilities()) {
                capabilityNames.put(capability.key(), capability.name());
                for (Recommendation r : capability.recommendations()) {
                    recommendationTitles.put(capability.key() + "/" + r.key(), r.title());
                }
            }
        }
    }

    void show(Result result) {
        removeAll();
        add(new H3(getTranslation("preview.result")));
        Paragraph overall = new Paragraph(getTranslation(
                "preview.overall",
                level(result.overall().level()),
                percent(result.overall().score())));
        overall.setId("preview-overall");
        add(overall);

        Div areas = new Div();
        areas.setId("preview-areas");
        for (Result.AreaResult area : result.areas()) {
            Div row = new Div(new Span(areaNames.get(area.key()) + ": " + level(area.level())));
            ProgressBar bar = new ProgressBar(0, 1, area.score() == null ? 0 : area.score());
            bar.setIndeterminate(false);
            row.add(bar);
            areas.add(row);
        }
        add(new H4(getTranslation("preview.areas")), areas);

        Div gaps = new Div();
        gaps.setId("preview-gaps");
        for (Result.CapabilityResult capability : result.capabilities()) {
            if (capability.gap() != null && capability.gap() > 0) {
                gaps.add(new Paragraph(getTranslation(
                        "preview.gap",
                        capabilityNames.get(capability.key()),
                        level(capability.level()),
                        level(capability.target()),
                        capability.gap())));
            }
        }
        if (gaps.getChildren().findAny().isEmpty()) {
            gaps.add(new Paragraph(getTranslation("preview.no-gaps")));
        }
        add(new H4(getTranslation("preview.gaps")), gaps);

        OrderedList roadmap = new OrderedList();
        roadmap.setId("preview-roadmap");
        for (Result.RoadmapStep step : result.roadmap()) {
            ListItem item = new ListItem(recommendationTitles.get(step.capability() + "/" + step.recommendation())
                    + " (" + getTranslation("kind." + step.kind().json()) + ", " + step.effort() + ")");
            item.setId("step-" + step.recommendation());
            roadmap.add(item);
        }
        add(new H4(getTranslation("preview.roadmap")), roadmap);

        Paragraph lead = new Paragraph(getTranslation(
                result.qualification().qualified() ? "preview.lead.qualified" : "preview.lead.not-qualified",
                NumberFormat.getNumberInstance(getLocale())
                        .format(result.qualification().score())));
        lead.setId("preview-lead");
        add(new H4(getTranslation("preview.lead")), lead);
    }

    private String level(@Nullable String key) {
        return key == null ? getTranslation("preview.not-assessed") : levelNames.getOrDefault(key, key);
    }

    private String percent(@Nullable Double score) {
        return score == null
                ? "–"
                : NumberFormat.getPercentInstance(getLocale()).format(score);
    }
}
