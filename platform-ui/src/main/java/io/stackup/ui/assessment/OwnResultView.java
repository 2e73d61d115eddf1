package io.stackup.ui.assessment;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.stackup.core.assessment.OwnResult;
import io.stackup.core.assessment.SelfAssessmentService;
import io.stackup.ui.result.ResultPage;
import io.stackup.ui.shell.TenantFree;

/**
 * A respondent's own result, opened by the receipt only they hold: the result page partners see, without notes and
 * internals (no evidence, no qualification, no what-if). Nothing else of the tenant, and nothing of other respondents.
 */
@Route(value = "s/:token/result/:receipt", autoLayout = false)
@AnonymousAllowed
@TenantFree
class OwnResultView extends PublicPage implements BeforeEnterObserver {

    private final SelfAssessmentService assessments;

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
        title(own.template().name(), own.tenantName());
        brand(own.tenantName());
        content.add(new H2(getTranslation("public.result.title", own.template().name())));
        content.add(new ResultPage(own.report(), ResultPage.Options.forRespondent()));
        content.add(new Paragraph(getTranslation("public.result.keep")));
    }
}
