package io.stackup.ui.members;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import io.stackup.core.membership.MemberConflictException;
import io.stackup.core.membership.MemberEntry;
import io.stackup.core.membership.MemberNotFoundException;
import io.stackup.core.membership.MemberValidationException;
import io.stackup.core.template.Problem;
import io.stackup.tenantadmin.members.MemberAdministration;
import java.util.LinkedHashSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Changes a member's roles. A refusal (no role; the last admin giving up the admin role) shows at the roles with what
 * to do, and the dialog stays open.
 */
class RolesDialog extends Dialog {

    RolesDialog(MemberAdministration members, MemberEntry entry, Consumer<String> changed) {
        setId("roles-dialog");
        setHeaderTitle(getTranslation("members.roles.title", entry.member().displayName()));
        setWidth("min(95vw, 30rem)");
        CheckboxGroup<String> roles = new CheckboxGroup<>(getTranslation("members.roles"));
        roles.setId("roles-select");
        roles.setItems(MembersView.memberRoles());
        roles.setItemLabelGenerator(role -> getTranslation(MembersView.roleKey(role)));
        roles.setValue(new LinkedHashSet<>(entry.member().roles()));
        add(new Paragraph(getTranslation("members.roles.text")), roles);

        Button save = new Button(getTranslation("action.save"), e -> {
            roles.setInvalid(false);
            try {
                members.changeRoles(entry.member().id(), new LinkedHashSet<>(roles.getValue()));
                close();
                changed.accept(
                        getTranslation("members.roles.saved", entry.member().displayName()));
            } catch (MemberValidationException invalid) {
                roles.setErrorMessage(getTranslation("members.field.roles") + " "
                        + invalid.problems().stream().map(Problem::message).collect(Collectors.joining("; ")));
                roles.setInvalid(true);
            } catch (MemberConflictException refused) {
                roles.setErrorMessage(String.valueOf(refused.getMessage()));
                roles.setInvalid(true);
            } catch (MemberNotFoundException gone) {
                close();
                changed.accept(getTranslation("members.gone"));
            }
        });
        save.setId("roles-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("roles-cancel");
        getFooter().add(cancel, save);
    }
}
