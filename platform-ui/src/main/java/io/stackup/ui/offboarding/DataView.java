package io.stackup.ui.offboarding;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.stackup.core.offboarding.PendingDeletion;
import io.stackup.core.tenancy.Roles;
import io.stackup.tenantadmin.offboarding.DeletionConfirmationException;
import io.stackup.tenantadmin.offboarding.TenantArchive;
import io.stackup.tenantadmin.offboarding.TenantDeletionService;
import io.stackup.tenantadmin.offboarding.TenantExportService;
import io.stackup.ui.shell.UserFormats;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.Optional;

/**
 * "Data & deletion" for the tenant's admins. The export link streams the archive ({@link TenantArchive}) as it is read,
 * so even a large tenant's download starts at once and the browser shows its progress. The deletion request asks for
 * the tenant's short name, and shows a wrong one next to the field; a pending deletion shows when it runs, with a
 * button that cancels it.
 */
@Route("data")
@Menu(order = 9, title = "menu.data", icon = "DATABASE")
@RolesAllowed(Roles.TENANT_ADMIN)
class DataView extends Div implements HasDynamicTitle {

    private final TenantDeletionService deletions;
    private final Div deletion = new Div();

    DataView(TenantExportService exports, TenantDeletionService deletions) {
        this.deletions = deletions;
        setId("data");
        addClassName("stackup-page");

        Anchor download = new Anchor(
                (DownloadHandler) event -> {
                    TenantArchive archive = exports.prepare();
                    event.setFileName(archive.fileName());
                    event.setContentType("application/zip");
                    archive.writeTo(event.getOutputStream());
                },
                getTranslation("data.export.download"));
        download.setId("export-download");
        download.getElement().setAttribute("download", true);

        deletion.setId("deletion");
        add(
                new H2(getTranslation("data.title")),
                new H3(getTranslation("data.export.title")),
                new Paragraph(getTranslation("data.export.text")),
                download,
                new H3(getTranslation("data.delete.title")),
                deletion);
        showDeletion();
    }

    private void showDeletion() {
        deletion.removeAll();
        Optional<PendingDeletion> pending = deletions.pending();
        if (pending.isPresent()) {
            Paragraph when = new Paragraph(getTranslation(
                    "data.delete.pending", UserFormats.dateTime(pending.get().dueAt())));
            when.setId("deletion-pending");
            Button cancel = new Button(getTranslation("data.delete.cancel"), e -> {
                deletions.cancel();
                Notification.show(getTranslation("data.delete.cancelled"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                showDeletion();
            });
            cancel.setId("cancel-deletion");
            cancel.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            deletion.add(when, cancel);
            return;
        }
        Duration grace = deletions.grace();
        Paragraph text = new Paragraph(getTranslation("data.delete.text", Math.max(0, grace.toDays())));
        TextField confirmation = new TextField(getTranslation("data.delete.confirm"));
        confirmation.setId("deletion-confirmation");
        confirmation.setHelperText(getTranslation("data.delete.confirm.helper"));
        confirmation.setWidth("20em");
        Button request = new Button(getTranslation("data.delete.request"), e -> {
            try {
                deletions.request(confirmation.getValue());
                Notification.show(getTranslation("data.delete.requested"))
                        .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
                showDeletion();
            } catch (DeletionConfirmationException wrong) {
                confirmation.setErrorMessage(getTranslation("data.delete.mismatch"));
                confirmation.setInvalid(true);
            }
        });
        request.setId("request-deletion");
        request.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(confirmation, request);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        deletion.add(text, row);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("data.title");
    }
}
