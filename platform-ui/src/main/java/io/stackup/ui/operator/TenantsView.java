package io.stackup.ui.operator;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.stackup.core.tenancy.Roles;
import io.stackup.security.StackupUser;
import io.stackup.tenantadmin.operator.Operator;
import io.stackup.tenantadmin.operator.SuspensionValidationException;
import io.stackup.tenantadmin.operator.TenantOperations;
import io.stackup.tenantadmin.operator.TenantOverview;
import io.stackup.tenantadmin.operator.TenantStatusConflictException;
import io.stackup.ui.shell.CurrentUser;
import io.stackup.ui.shell.Failures;
import io.stackup.ui.shell.TenantFree;
import io.stackup.ui.shell.UserFormats;
import jakarta.annotation.security.RolesAllowed;

/**
 * The platform operators' landing page: every tenant, paged from the database and searchable, with its status, members,
 * interviews and last activity (counts only: operators never see a tenant's content), and the suspension (with a
 * required reason its members are shown) or reactivation of each.
 */
@Route("operator/tenants")
@Menu(order = 10, title = "menu.tenants", icon = "BUILDING")
@RolesAllowed(Roles.PLATFORM_OPERATOR)
@TenantFree
class TenantsView extends Div implements HasDynamicTitle {

    private final TenantOperations operations;
    private final CurrentUser currentUser;
    private final Grid<TenantOverview> grid = new Grid<>();

    TenantsView(TenantOperations operations, CurrentUser currentUser) {
        this.operations = operations;
        this.currentUser = currentUser;
        setId("operator-tenants");
        addClassName("stackup-page");
        TextField search = new TextField();
        search.setId("tenant-search");
        search.setPlaceholder(getTranslation("operator.tenants.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("min(100%, 24rem)");

        grid.setId("tenant-grid");
        grid.addColumn(o -> o.tenant().name())
                .setHeader(getTranslation("operator.tenants.name"))
                .setFlexGrow(2);
        grid.addColumn(o -> o.tenant().slug()).setHeader(getTranslation("operator.tenants.slug"));
        grid.addColumn(this::status)
                .setHeader(getTranslation("operator.tenants.status"))
                .setFlexGrow(2);
        grid.addColumn(TenantOverview::members).setHeader(getTranslation("operator.tenants.members"));
        grid.addColumn(TenantOverview::interviews).setHeader(getTranslation("operator.tenants.interviews"));
        grid.addColumn(o -> o.lastActivity() == null
                        ? getTranslation("operator.tenants.never")
                        : UserFormats.dateTime(o.lastActivity()))
                .setHeader(getTranslation("operator.tenants.last-activity"));
        grid.addColumn(o -> UserFormats.dateTime(o.tenant().createdAt()))
                .setHeader(getTranslation("operator.tenants.created"));
        grid.addComponentColumn(this::action)
                .setHeader(getTranslation("operator.tenants.actions"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("operator.tenants.empty"));
        grid.setItems(
                query -> operations.find(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> operations.count(search.getValue()));
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        add(new H2(getTranslation("operator.tenants.title")), search, grid);
    }

    private String status(TenantOverview o) {
        String status = getTranslation("tenant.status." + o.tenant().status().dbValue());
        return o.suspensionReason() == null ? status : status + ": " + o.suspensionReason();
    }

    private Component action(TenantOverview o) {
        String slug = o.tenant().slug();
        if (o.tenant().isActive()) {
            Button suspend = new Button(getTranslation("operator.tenants.suspend"), e -> confirmSuspension(o));
            suspend.setId("suspend-" + slug);
            suspend.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return suspend;
        }
        Button reactivate = new Button(getTranslation("operator.tenants.reactivate"), e -> reactivate(o));
        reactivate.setId("reactivate-" + slug);
        reactivate.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return reactivate;
    }

    private void confirmSuspension(TenantOverview o) {
        Dialog dialog = new Dialog();
        dialog.setId("suspend-dialog");
        dialog.setHeaderTitle(
                getTranslation("operator.suspend.title", o.tenant().name()));
        TextArea reason = new TextArea(getTranslation("operator.suspend.reason"));
        reason.setId("suspend-reason");
        reason.setMaxLength(TenantOperations.MAX_REASON);
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("operator.suspend.confirm"), e -> {
            try {
                operations.suspend(o.tenant().id(), reason.getValue(), operator());
                dialog.close();
                done(getTranslation("operator.suspended", o.tenant().name()));
            } catch (SuspensionValidationException invalid) {
                reason.setErrorMessage(getTranslation("operator.suspend.reason") + " "
                        + invalid.problems().getFirst().message());
                reason.setInvalid(true);
            } catch (TenantStatusConflictException conflict) {
                dialog.close();
                failed(Failures.message(conflict));
            }
        });
        confirm.setId("suspend-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("operator.suspend.cancel"), e -> dialog.close());
        dialog.add(new Paragraph(getTranslation("operator.suspend.text")), reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private void reactivate(TenantOverview o) {
        try {
            operations.reactivate(o.tenant().id(), operator());
            done(getTranslation("operator.reactivated", o.tenant().name()));
        } catch (TenantStatusConflictException conflict) {
            failed(Failures.message(conflict));
        }
    }

    private void done(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        grid.getDataProvider().refreshAll();
    }

    private void failed(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
        grid.getDataProvider().refreshAll();
    }

    private Operator operator() {
        StackupUser user = currentUser.user().orElseThrow(() -> new IllegalStateException("Not signed in"));
        String email = user.getEmail();
        return new Operator(
                user.getSubject(),
                user.displayName() + (email == null ? "" : " (" + email + ")") + " — platform operator");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("operator.tenants.title");
    }
}
