package io.stackup.ui.members;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.stackup.core.membership.MemberInput;
import io.stackup.core.membership.MemberValidationException;
import io.stackup.core.template.Problem;
import io.stackup.tenantadmin.identity.IdentityAdminException;
import io.stackup.tenantadmin.members.Invitation;
import io.stackup.tenantadmin.members.Invited;
import io.stackup.tenantadmin.members.MemberAdministration;
import java.util.LinkedHashSet;
import java.util.function.BiConsumer;

/**
 * Invites someone: e-mail address, name (optional), roles (at least one). Each problem shows at its field and the
 * dialog stays open; on success it closes and tells its view what to say (a new account chooses its password from the
 * sign-in service's mail; a known person was added and told by mail).
 */
class InviteDialog extends Dialog {

    InviteDialog(MemberAdministration members, BiConsumer<String, Boolean> invited) {
        setId("invite-dialog");
        setHeaderTitle(getTranslation("members.invite"));
        setWidth("min(95vw, 34rem)");

        EmailField email = new EmailField(getTranslation("members.email"));
        email.setId("invite-email");
        email.setWidthFull();
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(MemberInput.MAX_EMAIL + 20);
        TextField name = new TextField(getTranslation("members.name"));
        name.setId("invite-name");
        name.setWidthFull();
        name.setHelperText(getTranslation("members.invite.name-help"));
        CheckboxGroup<String> roles = new CheckboxGroup<>(getTranslation("members.roles"));
        roles.setId("invite-roles");
        roles.setItems(MembersView.memberRoles());
        roles.setItemLabelGenerator(role -> getTranslation(MembersView.roleKey(role)));
        roles.setRequiredIndicatorVisible(true);
        Span failure = new Span();
        failure.setId("invite-error");
        failure.addClassName("stackup-field-error");

        VerticalLayout form =
                new VerticalLayout(new Paragraph(getTranslation("members.invite.text")), email, name, roles, failure);
        form.setPadding(false);
        add(form);

        Button send = new Button(getTranslation("members.invite.send"), e -> {
            email.setInvalid(false);
            name.setInvalid(false);
            roles.setInvalid(false);
            failure.setText("");
            try {
                Invited done = members.invite(
                        new Invitation(email.getValue(), name.getValue(), new LinkedHashSet<>(roles.getValue())));
                close();
                String address = done.member().member().email();
                if (!done.mailSent()) {
                    invited.accept(getTranslation("members.mail-failed", address), true);
                } else {
                    invited.accept(
                            getTranslation(
                                    done.newAccount() ? "members.invited.new" : "members.invited.known", address),
                            false);
                }
            } catch (MemberValidationException invalid) {
                for (Problem problem : invalid.problems()) {
                    switch (problem.path()) {
                        case "$.email" -> {
                            email.setErrorMessage(getTranslation("members.field.email") + " " + problem.message());
                            email.setInvalid(true);
                        }
                        case "$.name" -> {
                            name.setErrorMessage(getTranslation("members.field.name") + " " + problem.message());
                            name.setInvalid(true);
                        }
                        case "$.roles" -> {
                            roles.setErrorMessage(getTranslation("members.field.roles") + " " + problem.message());
                            roles.setInvalid(true);
                        }
                        default -> failure.setText(problem.message());
                    }
                }
            } catch (IdentityAdminException failed) {
                failure.setText(getTranslation("members.identity-failed"));
            }
        });
        send.setId("invite-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("invite-cancel");
        getFooter().add(cancel, send);
    }
}
