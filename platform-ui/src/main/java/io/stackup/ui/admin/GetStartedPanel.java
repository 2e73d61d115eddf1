package io.stackup.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.stackup.core.template.Template;
import io.stackup.core.template.TemplateService;
import io.stackup.core.template.TemplateVersion;

/**
 * The guide of an empty workspace (no template yet, as after a sign-up): clone a starter template, invite the team
 * (the Members page), add prospects. Links by path, so the overview depends on none of those features' views.
 */
class GetStartedPanel extends Div {

    GetStartedPanel(TemplateService templates) {
        setId("get-started");
        addClassName("stackup-overview-section");
        add(new H3(getTranslation("get-started.title")), new Paragraph(getTranslation("get-started.text")));
        add(new Paragraph(getTranslation("get-started.template")));
        HorizontalLayout starters = new HorizontalLayout();
        starters.setWrap(true);
        for (Template starter : templates.starters()) {
            Button clone = new Button(getTranslation("get-started.clone", starter.name()), e -> {
                TemplateVersion draft = templates.cloneStarter(starter.key());
                e.getSource().getUI().ifPresent(ui -> ui.navigate("templates/" + draft.id()));
            });
            clone.setId("get-started-clone-" + starter.key());
            clone.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            starters.add(clone);
        }
        add(starters);
        add(new Paragraph(getTranslation("get-started.team")));
        Anchor invite = new Anchor("members", getTranslation("get-started.invite"));
        invite.setId("get-started-invite");
        add(new Paragraph(invite));
        add(new Paragraph(getTranslation("get-started.prospect")));
        Anchor prospects = new Anchor("prospects", getTranslation("get-started.prospects"));
        prospects.setId("get-started-prospects");
        add(new Paragraph(prospects));
    }
}
