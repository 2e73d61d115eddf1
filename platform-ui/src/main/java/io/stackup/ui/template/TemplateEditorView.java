package io.stackup.ui.template;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.stackup.core.template.Problem;
import io.stackup.core.template.StoredTemplate;
import io.stackup.core.template.Template;
import io.stackup.core.template.TemplateConflictException;
import io.stackup.core.template.TemplateId;
import io.stackup.core.template.TemplateNotFoundException;
import io.stackup.core.template.TemplateService;
import io.stackup.core.template.TemplateStatus;
import io.stackup.core.template.TemplateValidationException;
import io.stackup.core.template.document.TemplateReader;
import io.stackup.core.template.document.TemplateWriter;
import io.stackup.core.tenancy.Roles;
import io.stackup.ui.shell.Failures;
import io.stackup.ui.shell.UserFormats;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The structured editor of a draft: general settings and scale, catalog, questionnaire, qualification. It edits a
 * working copy ({@link TemplateDraft}), validates it after every change with the import's own rules (problems listed
 * with their paths, fields marked), and saves it with the lock version read when it opened: a save that comes after
 * someone else's is refused with their name, and nothing is overwritten.
 *
 * <p>Drafts are never lost. After every change the server sees, the working copy is kept in the browser
 * ({@link EditorCopy}, with the lock version it was edited from); opened again after a reload, a closed tab or a
 * dropped connection, the editor offers it back ({@code editor-restore}): restored, it keeps its old lock version, so a
 * save after someone else's is still refused by the conflict dialog; one undo goes back to the draft as stored. A save,
 * a discard, or edits undone back to the saved state remove the copy. A connection drop needs nothing more: what the
 * server acknowledged is in the copy already, and what was typed after it stays in the page, which Vaadin sends again
 * once it reconnects. Leaving with unsaved changes asks first: inside the application by a dialog
 * ({@code editor-leave}; leaving keeps the copy to be offered next time), on a reload or close by the browser's own
 * warning, registered while a copy is kept.
 */
@Route("templates/:id/edit")
@RolesAllowed(Roles.TENANT_ADMIN)
class TemplateEditorView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private static final List<BiFunction<TemplateDraft, FieldMarks, EditorPanel>> PANELS =
            List.of(GeneralPanel::new, CatalogPanel::new, QuestionnairePanel::new, QualificationPanel::new);

    private final TemplateService templates;
    private final FieldMarks marks = new FieldMarks();
    private final Div content = new Div();
    private final ProblemsPanel problems = new ProblemsPanel(this::goTo);
    private Tabs tabs = new Tabs();
    private EditorPanel shown;
    private StoredTemplate stored;
    private TemplateDraft draft;
    private int lockVersion;
    private List<Problem> current = List.of();
    private final UndoHistory history = new UndoHistory();
    /** The draft as stored (when opened, or as saved last): the working copy is unsaved when it differs. */
    private @org.jspecify.annotations.Nullable Template saved;
    /** Where the browser keeps the unsaved copy; set for a draft being edited. */
    private @org.jspecify.annotations.Nullable String copyKey;

    private BiFunction<TemplateDraft, FieldMarks, EditorPanel> panel = PANELS.getFirst();
    private String title = "";

    /**
     * {@link #shown}, {@link #stored} and {@link #draft} are set by {@link #open} in {@link #beforeEnter}, before any
     * listener that reads them exists; a template that cannot be opened replaces this view with the error view.
     */
    @SuppressWarnings("NullAway.Init")
    TemplateEditorView(TemplateService templates) {
        this.templates = templates;
        setId("template-editor");
        addClassName("stackup-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        TemplateId id = TemplateId.parse(event.getRouteParameters().get("id").orElse(""));
        if (id == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            EditorCopy.install(event.getUI());
            open(id, true);
        } catch (TemplateNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Shows the draft as stored; {@code offerCopy}: and then offers the unsaved copy the browser keeps, if any. */
    private void open(TemplateId id, boolean offerCopy) {
        removeAll();
        saved = null;
        copyKey = null;
        stored = templates.get(id);
        title = getTranslation("editor.title.page", stored.name());
        Button back = new Button(getTranslation("editor.back"), VaadinIcon.ARROW_LEFT.create(), e -> back());
        back.setId("editor-back");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (stored.status() != TemplateStatus.DRAFT) {
            Paragraph message = new Paragraph(getTranslation("editor.published", stored.key(), stored.version()));
            message.setId("editor-published");
            add(new H2(stored.name()), message, back);
            return;
        }
        draft = TemplateDraft.of(templates.load(id));
        lockVersion = stored.lockVersion();
        H2 heading = new H2(getTranslation("editor.title.page", stored.name()));
        Button save = new Button(getTranslation("editor.save"), VaadinIcon.CHECK.create(), e -> save());
        save.setId("editor-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, com.vaadin.flow.component.KeyModifier.CONTROL);
        Button undoButton = new Button(getTranslation("editor.undo"), VaadinIcon.ROTATE_LEFT.create(), e -> undo());
        undoButton.setId("editor-undo");
        undoButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Template opened = draft.toTemplate();
        saved = opened;
        history.reset(opened);
        String key = EditorCopy.key(id);
        copyKey = key;
        HorizontalLayout header = new HorizontalLayout(back, heading, undoButton, save);
        header.setWrap(true);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        tabs = new Tabs();
        tabs.setId("editor-tabs");
        for (String name : EditorPaths.TABS) {
            Tab tab = new Tab(getTranslation("editor.tab." + name));
            tab.setId("editor-tab-" + name);
            tabs.add(tab);
        }
        tabs.addSelectedChangeListener(e -> show(PANELS.get(tabs.getSelectedIndex())));
        content.addClassName("stackup-editor-content");
        Div body = new Div(content, problems);
        body.addClassName("stackup-editor-body");
        add(header, tabs, body);
        show(PANELS.getFirst());
        validate(TemplateWriter.write(opened));
        if (offerCopy) {
            EditorCopy.read(this, key, this::offer);
        } else {
            EditorCopy.forget(this, key);
        }
    }

    /**
     * Offers the unsaved copy back when it differs from the draft as stored; one equal to it is simply removed. Not
     * offered once the person has changed something here (the read is answered after the page is shown).
     */
    private void offer(Optional<EditorCopy.Copy> copy) {
        String key = copyKey;
        Template base = saved;
        if (key == null || base == null || copy.isEmpty() || unsaved()) {
            return;
        }
        if (copy.get().template().equals(base)) {
            EditorCopy.forget(this, key);
            return;
        }
        EditorDialogs.restore(
                copy.get().savedAt(), () -> restore(copy.get(), base), () -> EditorCopy.forget(this, key));
    }

    /**
     * Puts the copy in the editor with the lock version it was edited from, so that a save after someone else's is
     * refused; the undo history holds the draft as stored, so one undo gives it back.
     */
    private void restore(EditorCopy.Copy copy, Template base) {
        draft = TemplateDraft.of(copy.template());
        lockVersion = copy.lockVersion();
        Template now = draft.toTemplate();
        history.resetOnto(base, now);
        show(panel);
        checkAndKeep(now);
        Notification.show(getTranslation("editor.restored"), 5000, Notification.Position.BOTTOM_START);
    }

    /** Whether the working copy differs from the draft as stored. */
    private boolean unsaved() {
        return saved != null && !draft.toTemplate().equals(saved);
    }

    /**
     * After a change, an undo or a restore: validates the draft as it stands and keeps it in the browser, from one
     * snapshot and one written document (a large template is not converted and written once per step).
     */
    private void checkAndKeep(Template now) {
        String document = TemplateWriter.write(now);
        validate(document);
        keepCopy(now, document);
    }

    /**
     * Keeps the working copy ({@code now}, written as {@code document}) in the browser while it is unsaved, and
     * removes it once it is not.
     */
    private void keepCopy(Template now, String document) {
        String key = copyKey;
        if (key == null) {
            return;
        }
        if (now.equals(saved)) {
            EditorCopy.forget(this, key);
        } else {
            EditorCopy.keep(this, key, EditorCopy.encode(lockVersion, Instant.now(), document));
        }
    }

    /** Builds the tab's panel from the draft as it stands, so its pickers offer what the draft holds now. */
    private void show(BiFunction<TemplateDraft, FieldMarks, EditorPanel> panel) {
        this.panel = panel;
        content.removeAll();
        shown = panel.apply(draft, marks);
        shown.addChangeListener(e -> {
            Template now = draft.toTemplate();
            history.record(now);
            checkAndKeep(now);
        });
        content.add(shown);
        marks.apply(current);
    }

    /** Shows the tab, the owning object and the field that the problem's path names, and focuses that field. */
    private void goTo(Problem problem) {
        String path = problem.path();
        int tab = EditorPaths.TABS.indexOf(EditorPaths.tab(path));
        if (tabs.getSelectedIndex() != tab) {
            tabs.setSelectedIndex(tab);
        }
        shown.reveal(path);
        marks.focus(path);
    }

    /** Puts the draft back as it was before the last change and shows the tab again from it; nothing when none. */
    private void undo() {
        Optional<Template> previous = history.undo();
        if (previous.isEmpty()) {
            return;
        }
        draft = TemplateDraft.of(previous.get());
        show(panel);
        checkAndKeep(draft.toTemplate());
        Notification.show(getTranslation("editor.undone"), 3000, Notification.Position.BOTTOM_START);
    }

    /** Validates the written draft with the import's rules and shows its problems; the checked template if none. */
    private @org.jspecify.annotations.Nullable Template validate(String document) {
        Template checked = null;
        try {
            checked = TemplateReader.readJson(document);
            current = List.of();
        } catch (TemplateValidationException invalid) {
            current = invalid.problems();
        }
        marks.apply(current);
        problems.show(current);
        return checked;
    }

    private void save() {
        Template now = draft.toTemplate();
        String document = TemplateWriter.write(now);
        Template checked = validate(document);
        if (checked == null) {
            error(getTranslation("editor.save.invalid", current.size()));
            return;
        }
        try {
            templates.saveDraft(stored.id(), lockVersion, checked, stored.mediaType());
            lockVersion = templates.get(stored.id()).lockVersion();
            saved = now;
            keepCopy(now, document);
            Notification.show(getTranslation("editor.saved", checked.name()), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (TemplateConflictException conflict) {
            EditorDialogs.conflict(conflictMessage(conflict), () -> open(stored.id(), false));
        } catch (TemplateValidationException invalid) {
            current = invalid.problems();
            problems.show(current);
        }
    }

    /** Who saved first and when, in the user's locale and time zone; the service's own words otherwise. */
    private String conflictMessage(TemplateConflictException conflict) {
        if (conflict.changedBy() == null || conflict.changedAt() == null) {
            return Failures.message(conflict);
        }
        return getTranslation("editor.conflict.text", conflict.changedBy(), UserFormats.dateTime(conflict.changedAt()));
    }

    private void back() {
        getUI().ifPresent(ui -> ui.navigate(
                TemplateView.class, new RouteParameters("id", stored.id().toString())));
    }

    /** Asks before leaving with unsaved changes; leaving keeps them on this device, offered when it opens again. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (copyKey == null || !unsaved()) {
            return;
        }
        EditorDialogs.leave(event.postpone());
    }

    /** The browser stops warning once the editor is gone; the copy stays to be offered next time. */
    @Override
    protected void onDetach(DetachEvent event) {
        super.onDetach(event);
        EditorCopy.release(event.getUI());
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
