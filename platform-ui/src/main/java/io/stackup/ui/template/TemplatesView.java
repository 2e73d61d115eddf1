package io.stackup.ui.template;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
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
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.stackup.core.template.Template;
import io.stackup.core.template.TemplateConflictException;
import io.stackup.core.template.TemplateService;
import io.stackup.core.template.TemplateStatus;
import io.stackup.core.template.TemplateValidationException;
import io.stackup.core.template.TemplateVersion;
import io.stackup.core.template.document.TemplateReader;
import io.stackup.core.tenancy.Roles;
import io.stackup.ui.shell.Failures;
import io.stackup.ui.shell.UserFormats;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/**
 * The tenant's templates: one row per key (its latest version, status, version and interview counts), paged from the
 * database and searchable by name or key, expanding to the key's versions (each opens); import of a JSON or
 * YAML document (all or nothing, every problem listed); and the starter templates to clone.
 */
@Route("templates")
@Menu(order = 1.5, title = "menu.templates", icon = "FILE_TREE")
@RolesAllowed(Roles.TENANT_ADMIN)
class TemplatesView extends Div implements HasDynamicTitle {

    private final TemplateService templates;
    private final TextField search = new TextField();
    private final TreeGrid<TemplateRow> grid = new TreeGrid<>();
    private final TemplateKeysProvider rows;

    TemplatesView(TemplateService templates) {
        this.templates = templates;
        this.rows = new TemplateKeysProvider(templates, search::getValue);
        setId("templates");
        addClassName("stackup-page");

        search.setId("template-search");
        search.setPlaceholder(getTranslation("templates.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("min(100%, 20rem)");
        search.addValueChangeListener(e -> rows.refreshAll());

        Button starters =
                new Button(getTranslation("templates.starters"), VaadinIcon.COPY.create(), e -> openStarters());
        starters.setId("open-starters");

        Button blank = new Button(getTranslation("templates.new"), VaadinIcon.PLUS.create(), e -> openNew());
        blank.setId("new-template");
        blank.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        HorizontalLayout toolbar = new HorizontalLayout(search, blank, starters, upload());
        toolbar.setWrap(true);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("template-grid");
        // A row opens its version on click; a selection would serve nothing.
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addHierarchyColumn(this::label)
                .setHeader(getTranslation("templates.name"))
                .setFlexGrow(4);
        grid.addColumn(row -> switch (row) {
                    case TemplateRow.Key k -> k.summary().key();
                    case TemplateRow.Version v -> "";
                })
                .setHeader(getTranslation("templates.key"))
                .setFlexGrow(2);
        grid.addColumn(row -> switch (row) {
                    case TemplateRow.Key k -> k.summary().latestVersion();
                    case TemplateRow.Version v -> v.summary().version().version();
                })
                .setHeader(getTranslation("templates.version"));
        grid.addComponentColumn(row -> badge(
                        switch (row) {
                            case TemplateRow.Key k -> k.summary().latestStatus();
                            case TemplateRow.Version v -> v.summary().version().status();
                        }))
                .setHeader(getTranslation("templates.status"));
        grid.addComponentColumn(row -> mark(
                        "template-versions",
                        row,
                        switch (row) {
                            case TemplateRow.Key k -> String.valueOf(k.summary().versions());
                            case TemplateRow.Version v -> "";
                        }))
                .setHeader(getTranslation("templates.versions"));
        grid.addComponentColumn(row -> mark(
                        "template-uses",
                        row,
                        String.valueOf(
                                switch (row) {
                                    case TemplateRow.Key k -> k.summary().interviews();
                                    case TemplateRow.Version v -> v.summary().interviews();
                                })))
                .setHeader(getTranslation("templates.interviews"));
        Grid.Column<TemplateRow> compareColumn = grid.addComponentColumn(row -> {
                    if (!(row instanceof TemplateRow.Version v)) {
                        return new Span();
                    }
                    Button compare = new Button(
                            getTranslation("templates.compare"),
                            e -> new CompareDialog(
                                            v.summary().version().version(),
                                            templates.compareWithPrevious(
                                                    v.summary().version().id()))
                                    .open());
                    compare.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    compare.addClassName("template-compare");
                    compare.getElement().setAttribute("data-row", row.mark());
                    return compare;
                })
                .setHeader(getTranslation("templates.compare"));
        grid.addColumn(row -> UserFormats.dateTime(
                        switch (row) {
                            case TemplateRow.Key k -> k.summary().updatedAt();
                            case TemplateRow.Version v -> v.summary().version().updatedAt();
                        }))
                .setHeader(getTranslation("templates.updated"));
        grid.setEmptyStateText(getTranslation("templates.empty"));
        grid.setDataProvider(rows);
        // The compare button's click also reaches the grid as a click on its row: it must not open the version too.
        grid.addItemClickListener(e -> {
            if (e.getColumn() != compareColumn && e.getItem() instanceof TemplateRow.Version v) {
                open(v.summary().version().id().toString());
            }
        });

        add(new H2(getTranslation("templates.title")), toolbar, grid);
    }

    private String label(TemplateRow row) {
        return switch (row) {
            case TemplateRow.Key k -> k.summary().name();
            case TemplateRow.Version v -> v.summary().version().name();
        };
    }

    /** A cell's text marked with its row, so that tests and styles find one key's or version's figure. */
    private static Span mark(String className, TemplateRow row, String text) {
        Span span = new Span(text);
        span.addClassName(className);
        span.getElement().setAttribute("data-row", row.mark());
        return span;
    }

    static Span badge(TemplateStatus status) {
        Span badge = new Span(badgeText(status));
        badge.getElement().getThemeList().add(status == TemplateStatus.PUBLISHED ? "badge success" : "badge");
        return badge;
    }

    private static String badgeText(TemplateStatus status) {
        return status == TemplateStatus.PUBLISHED ? "published" : "draft";
    }

    private Upload upload() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> importDocument(metadata.fileName(), bytes)))));
        upload.setId("template-upload");
        upload.setAcceptedFileTypes(".json", ".yaml", ".yml", "application/json", "application/yaml");
        upload.setMaxFileSize(TemplateReader.MAX_DOCUMENT_BYTES);
        upload.setUploadButton(new Button(getTranslation("templates.import"), VaadinIcon.UPLOAD.create()));
        upload.setDropAllowed(false);
        upload.addFileRejectedListener(e -> error(getTranslation("templates.import.too-large")));
        return upload;
    }

    private void importDocument(String fileName, byte[] bytes) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        TemplateReader.Syntax syntax = lower.endsWith(".yaml") || lower.endsWith(".yml")
                ? TemplateReader.Syntax.YAML
                : TemplateReader.Syntax.JSON;
        try {
            TemplateVersion imported = templates.importDocument(bytes, syntax, false, false);
            Notification.show(getTranslation("templates.import.done", imported.key(), imported.version()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            rows.refreshAll();
            open(imported.id().toString());
        } catch (TemplateValidationException e) {
            new ProblemsDialog(fileName, e.problems()).open();
        } catch (TemplateConflictException e) {
            error(Failures.message(e));
        }
    }

    private void openNew() {
        Dialog dialog = new Dialog();
        dialog.setId("new-template-dialog");
        dialog.setHeaderTitle(getTranslation("templates.new"));
        TextField key = new TextField(getTranslation("templates.key"));
        key.setId("new-template-key");
        key.setHelperText(getTranslation("template.clone.key-help"));
        TextField name = new TextField(getTranslation("templates.name"));
        name.setId("new-template-name");
        Button create = new Button(getTranslation("templates.new.create"), e -> {
            key.setInvalid(false);
            name.setInvalid(false);
            try {
                TemplateVersion blank = templates.createBlank(
                        key.getValue().strip(), name.getValue().strip());
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(
                        TemplateEditorView.class,
                        new com.vaadin.flow.router.RouteParameters(
                                "id", blank.id().toString())));
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
        create.setId("new-template-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(dialog);
        dialog.add(new Div(key), new Div(name));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), create);
        dialog.open();
        key.focus();
    }

    private void openStarters() {
        Dialog dialog = new Dialog();
        dialog.setId("starters");
        dialog.setHeaderTitle(getTranslation("templates.starters"));
        dialog.setWidth("min(95vw, 48rem)");
        for (Template starter : templates.starters()) {
            Div card = new Div();
            card.addClassName("stackup-starter");
            Button use = new Button(getTranslation("templates.starters.clone"), e -> {
                try {
                    TemplateVersion draft = templates.cloneStarter(starter.key());
                    dialog.close();
                    open(draft.id().toString());
                } catch (TemplateConflictException conflict) {
                    error(Failures.message(conflict));
                }
            });
            use.setId("clone-" + starter.key());
            use.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            long questions = starter.questionnaire().questions().count();
            long capabilities = starter.areas().stream()
                    .mapToLong(a -> a.capabilities().size())
                    .sum();
            card.add(
                    new H2(starter.name()),
                    new Paragraph(starter.description() == null ? "" : starter.description()),
                    new Paragraph(getTranslation(
                            "templates.starters.size", starter.areas().size(), capabilities, questions)),
                    use);
            dialog.add(card);
        }
        Button close = new Button(getTranslation("action.close"), e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void open(String id) {
        getUI().ifPresent(ui -> ui.navigate(TemplateView.class, new com.vaadin.flow.router.RouteParameters("id", id)));
    }

    private static void error(String message) {
        Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("templates.title");
    }
}
