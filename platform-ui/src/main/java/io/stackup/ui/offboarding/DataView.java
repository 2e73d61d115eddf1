package io.stackup.ui.offboarding;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import io.stackup.core.offboarding.PendingDeletion;
import io.stackup.core.offboarding.TenantExport;
import io.stackup.core.tenancy.Roles;
import io.stackup.tenantadmin.offboarding.DeletionConfirmationException;
import io.stackup.tenantadmin.offboarding.StoredArchive;
import io.stackup.tenantadmin.offboarding.TenantDeletionService;
import io.stackup.tenantadmin.offboarding.TenantExportService;
import io.stackup.ui.shell.UserFormats;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * "Data & deletion" for the tenant's admins. "Start export" starts a background export ({@link
 * TenantExportService#start()}); the screen shows the newest export with a progress bar, which follows it by polling
 * (every {@value #POLL_MILLIS} ms while an export is queued or running, off otherwise: the application does not push),
 * then its download link, or why it failed and what to do; below, the exports kept. The deletion request asks for
 * the tenant's short name, and shows a wrong one next to the field; a pending deletion shows when it runs, with a
 * button that cancels it.
 */
@Route("data")
@Menu(order = 9, title = "menu.data", icon = "DATABASE")
@RolesAllowed(Roles.TENANT_ADMIN)
class DataView extends Div implements HasDynamicTitle {

    static final int POLL_MILLIS = 1000;

    private final TenantExportService exports;
    private final TenantDeletionService deletions;
    private final Div deletion = new Div();
    private final Div current = new Div();
    private final Grid<TenantExport> recent = new Grid<>();
    private @Nullable Registration polling;
    private boolean following;

    DataView(TenantExportService exports, TenantDeletionService deletions) {
        this.exports = exports;
        this.deletions = deletions;
        setId("data");
        addClassName("stackup-page");

        Button start = new Button(getTranslation("data.export.start"), e -> {
            exports.start();
            Notification.show(getTranslation("data.export.started")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refreshExports();
        });
        start.setId("start-export");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        current.setId("export-current");

        recent.setId("export-list");
        recent.setAllRowsVisible(true);
        recent.addColumn(e -> UserFormats.dateTime(e.createdAt()))
                .setHeader(getTranslation("data.export.column.created"))
                .setAutoWidth(true);
        recent.addColumn(e -> getTranslation("data.export.status." + e.status().wire()))
                .setHeader(getTranslation("data.export.column.status"))
                .setAutoWidth(true);
        recent.addColumn(e -> e.sizeBytes() == null ? "" : size(e.sizeBytes()))
                .setHeader(getTranslation("data.export.column.size"))
                .setAutoWidth(true);
        recent.addColumn(e -> e.expiresAt() == null ? "" : UserFormats.dateTime(e.expiresAt()))
                .setHeader(getTranslation("data.export.column.expires"))
                .setAutoWidth(true);
        recent.addComponentColumn(e -> e.status() == TenantExport.Status.DONE ? download(e, null) : new Span())
                .setAutoWidth(true);
        recent.setItems(q -> exports.recent(q.getOffset(), q.getLimit()).stream(), q -> exports.count());

        deletion.setId("deletion");
        add(
                new H2(getTranslation("data.title")),
                new H3(getTranslation("data.export.title")),
                new Paragraph(getTranslation(
                        "data.export.text", Math.max(1, exports.retention().toDays()))),
                start,
                current,
                new H4(getTranslation("data.export.recent")),
                recent,
                new H3(getTranslation("data.delete.title")),
                deletion);
        showExport();
        showDeletion();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        polling = attach.getUI().addPollListener(poll -> {
            if (following) {
                refreshExports();
            }
        });
        follow(attach.getUI(), following);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        detach.getUI().setPollInterval(-1);
    }

    private void refreshExports() {
        showExport();
        recent.getDataProvider().refreshAll();
    }

    /** The newest export: its state, a progress bar while it runs, its download when done, its error when failed. */
    private void showExport() {
        current.removeAll();
        List<TenantExport> newest = exports.recent(0, 1);
        boolean active = !newest.isEmpty() && newest.getFirst().active();
        getUI().ifPresent(ui -> follow(ui, active));
        following = active;
        if (newest.isEmpty()) {
            return;
        }
        TenantExport e = newest.getFirst();
        Paragraph status = new Paragraph();
        status.setId("export-status");
        status.getElement().setAttribute("data-status", e.status().wire());
        switch (e.status()) {
            case QUEUED -> status.setText(getTranslation("data.export.queued"));
            case RUNNING ->
                status.setText(getTranslation(
                        "data.export.running",
                        getTranslation("data.export.phase." + (e.phase() == null ? "counting" : e.phase())),
                        e.itemsDone(),
                        e.itemsTotal(),
                        e.percent()));
            case DONE ->
                status.setText(getTranslation(
                        "data.export.done",
                        UserFormats.dateTime(e.finishedAt() == null ? e.createdAt() : e.finishedAt()),
                        size(e.sizeBytes() == null ? 0 : e.sizeBytes()),
                        e.expiresAt() == null ? "" : UserFormats.dateTime(e.expiresAt())));
            case FAILED -> status.setText(getTranslation("data.export.failed", e.error()));
        }
        ProgressBar bar = new ProgressBar(0, 100, e.percent());
        bar.setId("export-progress");
        bar.setIndeterminate(e.status() == TenantExport.Status.QUEUED
                || (e.status() == TenantExport.Status.RUNNING && e.itemsTotal() == 0));
        if (e.status() == TenantExport.Status.FAILED) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_ERROR);
        } else if (e.status() == TenantExport.Status.DONE) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_SUCCESS);
        }
        current.add(status, bar);
        if (e.status() == TenantExport.Status.DONE) {
            current.add(download(e, "export-download"));
        }
    }

    /** Polls while an export is to finish, so its progress shows without a reload; stops polling otherwise. */
    private static void follow(UI ui, boolean active) {
        ui.setPollInterval(active ? POLL_MILLIS : -1);
    }

    private Anchor download(TenantExport e, @Nullable String id) {
        UUID export = e.id();
        Anchor link = new Anchor(
                (DownloadHandler) event -> {
                    StoredArchive archive = exports.archive(export);
                    event.setFileName(archive.fileName());
                    event.setContentType("application/zip");
                    archive.writeTo(event.getOutputStream());
                },
                getTranslation("data.export.download"));
        if (id != null) {
            link.setId(id);
        }
        link.getElement().setAttribute("download", true);
        return link;
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(UserFormats.locale(), "%.1f KB", bytes / 1024.0);
        }
        return String.format(UserFormats.locale(), "%.1f MB", bytes / (1024.0 * 1024));
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
