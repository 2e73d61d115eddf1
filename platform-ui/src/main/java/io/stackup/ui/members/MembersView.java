package io.stackup.ui.members;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.stackup.core.membership.MemberConflictException;
import io.stackup.core.membership.MemberEntry;
import io.stackup.core.membership.MemberInput;
import io.stackup.core.membership.MemberNotFoundException;
import io.stackup.core.membership.MemberStatus;
import io.stackup.core.template.TemplateService;
import io.stackup.core.tenancy.Member;
import io.stackup.core.tenancy.Roles;
import io.stackup.tenantadmin.identity.IdentityAdminException;
import io.stackup.tenantadmin.members.MemberAdministration;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The tenant's members for its admins: a lazy, paged list searchable by name or e-mail, with each member's roles and
 * whether they are active, invited (until their first login) or deactivated; an invite dialog whose problems show next
 * to their fields; per member the actions their state allows, each confirmed, and refusals that say what to do
 * instead (the last admin must stay admin).
 */
@Route("members")
@Menu(order = 1.9, title = "menu.members", icon = "USERS")
@RolesAllowed(Roles.TENANT_ADMIN)
class MembersView extends Div implements HasDynamicTitle {

    private final MemberAdministration members;
    private final TemplateService templates;
    private final TextField search = new TextField();
    private final Grid<MemberEntry> grid = new Grid<>();

    MembersView(MemberAdministration members, TemplateService templates) {
        this.members = members;
        this.templates = templates;
        setId("members");
        addClassName("stackup-page");

        search.setId("member-search");
        search.setPlaceholder(getTranslation("members.search"));
        search.setAriaLabel(getTranslation("members.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("min(100%, 22rem)");
        search.addValueChangeListener(e -> refresh());

        Button invite = new Button(
                getTranslation("members.invite"),
                VaadinIcon.PLUS.create(),
                e -> new InviteDialog(members, this::invited).open());
        invite.setId("invite-member");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(search, invite);
        toolbar.setWrap(true);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("member-grid");
        grid.addColumn(e -> e.member().displayName())
                .setHeader(getTranslation("members.name"))
                .setFlexGrow(2)
                .setResizable(true);
        grid.addColumn(e -> e.member().email())
                .setHeader(getTranslation("members.email"))
                .setFlexGrow(2);
        grid.addColumn(e -> roles(e.member()))
                .setHeader(getTranslation("members.roles"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("members.status"))
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("members.empty"));
        grid.setItems(
                q -> members.find(search.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> members.count(search.getValue()));

        add(new H2(getTranslation("members.title")), new Paragraph(getTranslation("members.intro")), toolbar, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.title");
    }

    private String roles(Member member) {
        return new TreeSet<>(member.roles())
                .stream().map(role -> getTranslation("role." + role)).collect(Collectors.joining(", "));
    }

    private Span status(MemberEntry entry) {
        Span status = new Span(getTranslation("members.status." + entry.status().apiName()));
        status.addClassName("member-status");
        status.getElement().setAttribute("data-status", entry.status().apiName());
        status.getElement()
                .getThemeList()
                .add(
                        switch (entry.status()) {
                            case ACTIVE -> "badge success";
                            case INVITED -> "badge";
                            case DEACTIVATED -> "badge contrast";
                        });
        return status;
    }

    private HorizontalLayout actions(MemberEntry entry) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.getStyle().set("gap", "var(--lumo-space-xs)");
        Member member = entry.member();
        if (entry.status() != MemberStatus.DEACTIVATED) {
            actions.add(button(
                    "members.action.roles",
                    "member-roles",
                    () -> new RolesDialog(members, entry, this::changed).open()));
        }
        if (entry.status() == MemberStatus.INVITED) {
            actions.add(button(
                    "members.action.resend",
                    "member-resend",
                    () -> confirm("members.resend", member, "members.action.resend", false, () -> {
                        boolean sent = members.resend(member.id());
                        show(getTranslation(sent ? "members.resent" : "members.mail-failed", member.email()), !sent);
                    })));
            actions.add(button(
                    "members.action.revoke",
                    "member-revoke",
                    () -> confirm("members.revoke", member, "members.action.revoke", true, () -> {
                        members.revoke(member.id());
                        show(getTranslation("members.revoked", member.email()), false);
                    })));
        }
        if (entry.status() == MemberStatus.ACTIVE) {
            actions.add(button(
                    "members.action.deactivate",
                    "member-deactivate",
                    () -> confirm("members.deactivate", member, "members.action.deactivate", true, () -> {
                        members.deactivate(member.id());
                        show(getTranslation("members.deactivated", member.displayName()), false);
                    })));
        }
        if (entry.status() == MemberStatus.DEACTIVATED) {
            actions.add(button(
                    "members.action.reactivate",
                    "member-reactivate",
                    () -> confirm("members.reactivate", member, "members.action.reactivate", false, () -> {
                        members.reactivate(member.id());
                        show(getTranslation("members.reactivated", member.displayName()), false);
                    })));
        }
        if (entry.status() != MemberStatus.DEACTIVATED && member.roles().contains(Roles.EXPERT)) {
            actions.add(button(
                    "members.action.areas",
                    "member-areas",
                    () -> new MemberAreasDialog(members, member, templates, this::changed).open()));
        }
        return actions;
    }

    private Button button(String text, String className, Runnable action) {
        Button button = new Button(getTranslation(text), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.addClassName(className);
        return button;
    }

    /** Asks before {@code action}; a refusal of the service is shown as its message, which says what to do. */
    private void confirm(String key, Member member, String confirmText, boolean danger, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("member-confirm");
        dialog.setHeader(getTranslation(key + ".title", member.displayName()));
        dialog.setText(getTranslation(key + ".text", member.displayName(), member.email()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation(confirmText));
        if (danger) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(e -> {
            try {
                action.run();
            } catch (MemberConflictException refused) {
                show(String.valueOf(refused.getMessage()), true);
            } catch (MemberNotFoundException gone) {
                show(getTranslation("members.gone"), true);
            } catch (IdentityAdminException failed) {
                show(getTranslation("members.identity-failed"), true);
            }
            refresh();
        });
        dialog.open();
    }

    private void invited(String message, boolean warning) {
        show(message, warning);
        refresh();
    }

    private void changed(String message) {
        show(message, false);
        refresh();
    }

    private void show(String message, boolean warning) {
        Notification notification =
                Notification.show(message, warning ? 8000 : 5000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(warning ? NotificationVariant.LUMO_WARNING : NotificationVariant.LUMO_SUCCESS);
        notification.setId(warning ? "member-warning" : "member-notice");
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** The label of a role, for the dialogs of this package. */
    static String roleKey(String role) {
        return "role." + role.toLowerCase(Locale.ROOT);
    }

    /** The roles a member may hold, in the order the dialogs show them. */
    static java.util.List<String> memberRoles() {
        return MemberInput.ROLES;
    }
}
