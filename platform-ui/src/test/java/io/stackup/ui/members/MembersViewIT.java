package io.stackup.ui.members;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.stackup.core.membership.MemberEntry;
import io.stackup.core.membership.MemberStatus;
import io.stackup.core.tenancy.Roles;
import io.stackup.support.BrowserlessViewTest;
import io.stackup.tenantadmin.members.MemberAdministration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The members screen without a browser: the list with roles and status, search, the invite dialog's problems next to
 * their fields, the last admin's refusal saying what to do, and another tenant's admin seeing none of demo's members.
 */
class MembersViewIT extends BrowserlessViewTest {

    @Autowired
    private MemberAdministration members;

    @Override
    protected String user() {
        return "admin@demo.test";
    }

    @Test
    void the_list_shows_the_members_with_roles_and_status_and_search_narrows_it() {
        navigate(MembersView.class);
        Grid<MemberEntry> grid = grid();
        assertThat(emails(grid)).contains("admin@demo.test", "interviewer@demo.test", "expert@demo.test");

        test($(TextField.class).id("member-search")).setValue("interviewer@demo");

        assertThat(test(grid).size()).isOne();
        assertThat(test(grid).getRow(0).member().roles()).contains(Roles.INTERVIEWER);
        assertThat(test(grid).getRow(0).status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(test(grid).getCellText(0, 2)).contains("Interviewer");
    }

    @Test
    void an_invitation_that_does_not_fit_shows_each_problem_at_its_field() {
        navigate(MembersView.class);
        test($(Button.class).id("invite-member")).click();
        EmailField email = $(EmailField.class).id("invite-email");
        test(email).setValue("Interviewer@Demo.test");
        test($(Button.class).id("invite-send")).click();

        @SuppressWarnings("unchecked")
        CheckboxGroup<String> roles = $(CheckboxGroup.class).id("invite-roles");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("E-mail: is already a member of this workspace");
        assertThat(roles.isInvalid()).isTrue();
        assertThat(roles.getErrorMessage()).startsWith("Roles: choose at least one role");
    }

    @Test
    void the_last_admin_giving_up_the_admin_role_is_told_to_make_someone_else_admin_first() {
        MemberEntry me = members.find("admin@demo.test", 0, 1).getFirst();
        RolesDialog dialog = new RolesDialog(members, me, message -> {});
        dialog.open();
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> roles = $(CheckboxGroup.class).id("roles-select");

        test(roles).selectItem("Expert");
        test(roles).deselectItem("Admin");
        test($(Button.class).id("roles-save")).click();

        assertThat(roles.isInvalid()).isTrue();
        assertThat(roles.getErrorMessage())
                .startsWith("You are the last active admin")
                .endsWith("Make someone else admin first.");
        assertThat(members.get(me.member().id()).member().roles())
                .isEqualTo(Set.copyOf(me.member().roles()));
    }

    @Test
    void another_tenants_admin_sees_none_of_demos_members() {
        signInAs("admin@other.test", "other");
        navigate(MembersView.class);

        assertThat(emails(grid())).isNotEmpty().noneMatch(email -> email.endsWith("@demo.test"));
    }

    @SuppressWarnings("unchecked")
    private Grid<MemberEntry> grid() {
        return $(Grid.class).id("member-grid");
    }

    private List<String> emails(Grid<MemberEntry> grid) {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            emails.add(test(grid).getRow(i).member().email());
        }
        return emails;
    }
}
