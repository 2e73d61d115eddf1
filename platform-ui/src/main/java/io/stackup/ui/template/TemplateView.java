package io.stackup.ui.template;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.stackup.core.template.Area;
import io.stackup.core.template.Capability;
import io.stackup.core.template.ExportedDocument;
import io.stackup.core.template.StoredTemplate;
import io.stackup.core.template.Template;
import io.stackup.core.template.TemplateConflictException;
import io.stackup.core.template.TemplateId;
import io.stackup.core.template.TemplateNotFoundException;
import io.stackup.core.template.TemplateService;
import io.stackup.core.template.TemplateStatus;
import io.stackup.core.template.TemplateValidationException;
import io.stackup.core.template.TemplateVersion;
import io.stackup.core.tenancy.Roles;
import io.stackup.ui.shell.Failures;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * One template version: what it holds, its status, and what can be done with it: publish a draft (it then never
 * changes), start a new draft, clone it under another key, delete a draft, download it; and the live preview.
 */
@Route("templates/:id")
@RolesAllowed(Roles.TENANT_ADMIN)
class TemplateView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TemplateService templates;
    private String title = "";

    TemplateView(TemplateService templates) {
        this.templates = templates;
        setId("template");
        addClassName("stackup-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        TemplateId id = TemplateId.parse(event.getRouteParameters().get("id").orElse(""));
        if (id == null) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        try {
            show(templates.get(id), templates.load(id));
        } catch (TemplateNotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void show(StoredTemplate stored, Template template) {
        removeAll();
        title = template.name();
        H2 heading = new H2(template.name());
        heading.setId("template-name");
        Span meta = new Span(template.key() + " · " + getTranslation("templates.version") + " " + template.version());
        HorizontalLayout header = new HorizontalLayout(heading, TemplatesView.badge(stored.status()));
        header.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        add(
                header,
                meta,
                actions(stored, template),
                outline(template),
                new PreviewPanel(templates, stored.id(), template));
    }

    private HorizontalLayout actions(StoredTemplate stored, Template template) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        actions.setId("template-actions");
        if (stored.status() == TemplateStatus.DRAFT) {
            Button publish = new Button(
                    getTranslation("template.publish"), VaadinIcon.CHECK.create(), e -> confirmPublish(stored));
            publish.setId("publish");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button delete = new Button(
                    getTranslation("template.delete-draft"),
                    VaadinIcon.TRASH.create(),
                    e -> confirmDelete(stored, template));
            delete.setId("delete-draft");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            Button edit = new Button(
                    getTranslation("template.edit"),
                    VaadinIcon.EDIT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(
                            TemplateEditorView.class,
                            new RouteParameters("id", stored.id().toString()))));
            edit.setId("edit");
            actions.add(edit, publish, delete);
        } else {
            Button newDraft = new Button(
                    getTranslation("template.new-draft"),
                    VaadinIcon.EDIT.create(),
                    e -> run(() -> templates.newDraft(stored.id())));
            newDraft.setId("new-draft");
            actions.add(newDraft);
        }
        Button clone = new Button(
                getTranslation("template.clone"), VaadinIcon.COPY.create(), e -> cloneDialog(stored, template));
        clone.setId("clone");
        Button compare = new Button(
                getTranslation("template.compare"),
                VaadinIcon.SPLIT.create(),
                e -> new CompareDialog(stored.version(), templates.compareWithPrevious(stored.id())).open());
        compare.setId("compare-previous");
        actions.add(compare);
        ExportedDocument document = templates.export(stored.id());
        byte[] bytes = document.content().getBytes(StandardCharsets.UTF_8);
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(bytes), document.fileName(), document.mediaType(), bytes.length)),
                getTranslation("template.download"));
        download.setId("download");
        download.getElement().setAttribute("download", true);
        actions.add(clone, download);
        return actions;
    }

    private void confirmPublish(StoredTemplate stored) {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("template.publish.title", stored.key(), stored.version()),
                getTranslation("template.publish.text"),
                getTranslation("template.publish"),
                e -> run(() -> templates.publish(stored.id())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setId("confirm-publish");
        dialog.open();
    }

    private void confirmDelete(StoredTemplate stored, Template template) {
        long capabilities = template.areas().stream()
                .mapToLong(a -> a.capabilities().size())
                .sum();
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("template.delete.title", stored.key(), stored.version()),
                getTranslation(
                        "template.delete.text",
                        capabilities,
                        template.questionnaire().questions().count()),
                getTranslation("template.delete-draft"),
                e -> {
                    try {
                        templates.deleteDraft(stored.id());
                        getUI().ifPresent(ui -> ui.navigate(TemplatesView.class));
                    } catch (TemplateConflictException | TemplateNotFoundException failure) {
                        error(Failures.message(failure));
                    }
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setId("confirm-delete");
        dialog.open();
    }

    private void cloneDialog(StoredTemplate stored, Template template) {
        Dialog dialog = new Dialog();
        dialog.setId("clone-dialog");
        dialog.setHeaderTitle(getTranslation("template.clone"));
        TextField key = new TextField(getTranslation("templates.key"));
        key.setId("clone-key");
        key.setValue(template.key() + "-copy");
        key.setHelperText(getTranslation("template.clone.key-help"));
        TextField name = new TextField(getTranslation("templates.name"));
        name.setId("clone-name");
        name.setValue(template.name() + " (copy)");
        Button create = new Button(getTranslation("template.clone"), e -> {
            key.setInvalid(false);
            name.setInvalid(false);
            try {
                TemplateVersion copy = templates.cloneAs(
                        stored.id(), key.getValue().strip(), name.getValue().strip());
                dialog.close();
                navigateTo(copy);
            } catch (TemplateValidationException invalid) {
                invalid.problems().forEach(problem -> {
                    TextField field = problem.path().equals("$.key") ? key : name;
                    field.setErrorMessage(problem.message());
                    field.setInvalid(true);
                });
            } catch (TemplateConflictException conflict) {
                key.setErrorMessage(conflict.getMessage());
                key.setInvalid(true);
            }
        });
        create.setId("clone-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Div(key), new Div(name));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), create);
        dialog.open();
    }

    private void run(java.util.function.Supplier<TemplateVersion> action) {
        try {
            navigateTo(action.get());
        } catch (TemplateConflictException | TemplateNotFoundException failure) {
            error(Failures.message(failure));
        }
    }

    private void navigateTo(TemplateVersion version) {
        Notification.show(getTranslation(
                        "template.now",
                        version.key(),
                        version.version(),
                        version.status().json()))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(
                TemplateView.class, new RouteParameters("id", version.id().toString())));
        show(templates.get(version.id()), templates.load(version.id()));
    }

    private Div outline(Template template) {
        Div outline = new Div();
        outline.setId("template-outline");
        outline.add(new H3(getTranslation("template.catalog")));
        for (Area area : template.areas()) {
            Paragraph line = new Paragraph(area.name() + ": "
                    + area.capabilities().stream()
                            .map(Capability::name)
                            .reduce((a, b) -> a + ", " + b)
                            .orElse(""));
            outline.add(line);
        }
        outline.add(new Paragraph(getTranslation(
                "template.size",
                template.questionnaire().sections().size(),
                template.questionnaire().questions().count())));
        return outline;
    }

    private static void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
