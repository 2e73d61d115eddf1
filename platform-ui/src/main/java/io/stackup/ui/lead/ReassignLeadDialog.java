package io.stackup.ui.lead;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import io.stackup.core.lead.Lead;
import io.stackup.core.lead.LeadConflictException;
import io.stackup.core.lead.LeadService;
import io.stackup.core.lead.LeadValidationException;
import io.stackup.core.template.Problem;
import io.stackup.core.tenancy.Member;
import io.stackup.core.tenancy.MemberService;
import java.util.function.Consumer;

/**
 * An admin gives an open lead to another expert, picked from the workspace's active experts, with a reason kept in
 * its history. A conflict (theirs already, closed, changed meanwhile) closes the dialog and goes to the page.
 */
class ReassignLeadDialog extends Dialog {

    ReassignLeadDialog(LeadService leads, MemberService members, Lead lead, Runnable done, Consumer<String> conflict) {
        setId("lead-reassign-dialog");
        setHeaderTitle(getTranslation("lead.reassign.title", lead.prospectName()));
        setWidth("min(95vw, 36rem)");
        ComboBox<Member> expert = new ComboBox<>(getTranslation("lead.reassign.to"));
        expert.setId("lead-reassign-expert");
        expert.setWidthFull();
        expert.setRequiredIndicatorVisible(true);
        expert.setItems(q -> members.findExperts(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        expert.setItemLabelGenerator(m -> m.displayName() + " (" + m.email() + ")");
        TextArea reason = new TextArea(getTranslation("lead.reason"));
        reason.setId("lead-reassign-reason");
        reason.setWidthFull();
        reason.setMaxLength(LeadService.MAX_REASON);
        reason.setRequiredIndicatorVisible(true);
        add(
                new Paragraph(getTranslation(
                        "lead.reassign.text",
                        lead.holderEmail() == null ? getTranslation("lead.holder.none") : lead.holderEmail())),
                new Div(expert),
                new Div(reason));

        Button confirm = new Button(getTranslation("lead.reassign"), e -> {
            expert.setInvalid(false);
            reason.setInvalid(false);
            Member chosen = expert.getValue();
            if (chosen == null) {
                expert.setErrorMessage(getTranslation("lead.reassign.required"));
                expert.setInvalid(true);
                return;
            }
            try {
                leads.reassign(lead.id(), chosen.email(), reason.getValue());
                close();
                done.run();
            } catch (LeadValidationException invalid) {
                for (Problem problem : invalid.problems()) {
                    if (problem.path().equals("$.reason")) {
                        reason.setErrorMessage(problem.message());
                        reason.setInvalid(true);
                    } else {
                        expert.setErrorMessage(problem.message());
                        expert.setInvalid(true);
                    }
                }
            } catch (LeadConflictException changed) {
                close();
                conflict.accept(changed.getMessage());
            }
        });
        confirm.setId("lead-reassign-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("lead-reassign-cancel");
        getFooter().add(cancel, confirm);
    }
}
