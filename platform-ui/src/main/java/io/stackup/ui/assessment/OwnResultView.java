package io.stackup.ui.assessment;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.stackup.core.assessment.OwnResult;
import io.stackup.core.assessment.SelfAssessmentService;
import io.stackup.core.template.Area;
import io.stackup.core.template.Capability;
import io.stackup.core.template.Level;
import io.stackup.core.template.Recommendation;
import io.stackup.core.template.Template;
import io.stackup.core.template.scoring.Result;
import io.stackup.ui.shell.TenantFree;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A respondent's own result, opened by the receipt only they hold: overall level, the level per area and the first
 * steps of the roadmap. Nothing else of the tenant, and nothing of other respondents.
 */
@Route(value = "s/:token/result/:receipt", autoLayout = false)
@AnonymousAllowed
@TenantFree
class OwnResultView extends PublicPage implements BeforeEnterObserver {

    static final int TOP_STEPS = 5;

    private final SelfAssessmentService assessments;
    private final Map<String, String> levelNames = new HashMap<>();

    OwnResultView(SelfAssessmentService assessments) {
        super("own-result");
        this.assessments = assessments;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        String receipt = event.getRouteParameters().get("receipt").orElse("");
        load(() -> assessments.result(token, receipt, clientAddress()), this::show);
    }

    private void show(OwnResult own) {
        Template template = own.template();
        Result result = own.result();
        title(template.name(), own.tenantName());
        for (Level level : template.scale().levels()) {
            levelNames.put(level.key(), level.name());
        }
        Map<String, String> areaNames = new HashMap<>();
        Map<String, String> capabilityNames = new HashMap<>();
        Map<String, String> recommendations = new HashMap<>();
        for (Area area : template.areas()) {
            areaNames.put(area.key(), area.name());
            for (Capability capability : area.capabilities()) {
                capabilityNames.put(capability.key(), capability.name());
                for (Recommendation r : capability.recommendations()) {
                    recommendations.put(capability.key() + "/" + r.key(), r.title());
                }
            }
        }
        brand(own.tenantName());
        content.add(new H2(getTranslation("public.result.title", template.name())));
        Paragraph overall = new Paragraph(
                getTranslation("public.result.overall", level(result.overall().level())));
        overall.setId("result-overall");
        overall.getStyle().set("font-size", "var(--lumo-font-size-l)");
        content.add(overall);

        Div areas = new Div();
        areas.setId("result-areas");
        for (Result.AreaResult area : result.areas()) {
            Div row = new Div(new Span(areaNames.get(area.key()) + ": " + level(area.level())));
            row.addClassName("result-area");
            ProgressBar bar = new ProgressBar(0, 1, area.score() == null ? 0 : area.score());
            row.add(bar);
            areas.add(row);
        }
        content.add(new H3(getTranslation("public.result.areas")), areas);

        OrderedList steps = new OrderedList();
        steps.setId("result-roadmap");
        result.roadmap().stream().limit(TOP_STEPS).forEach(step -> {
            ListItem item = new ListItem(capabilityNames.get(step.capability()) + ": "
                    + recommendations.get(step.capability() + "/" + step.recommendation()) + " ("
                    + getTranslation("public.result.to-level", level(step.toLevel())) + ")");
            item.setId("result-step-" + step.recommendation());
            steps.add(item);
        });
        content.add(new H3(getTranslation("public.result.roadmap")));
        if (result.roadmap().isEmpty()) {
            content.add(new Paragraph(getTranslation("public.result.no-steps")));
        } else {
            content.add(steps);
        }
        content.add(new Paragraph(getTranslation("public.result.keep")));
    }

    private String level(@Nullable String key) {
        return key == null ? getTranslation("preview.not-assessed") : levelNames.getOrDefault(key, key);
    }
}
