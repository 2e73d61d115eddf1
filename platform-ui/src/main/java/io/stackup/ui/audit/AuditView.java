package io.stackup.ui.audit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.stackup.core.audit.AuditActions;
import io.stackup.core.audit.AuditFilter;
import io.stackup.core.audit.AuditRecord;
import io.stackup.core.audit.AuditService;
import io.stackup.core.tenancy.Roles;
import io.stackup.ui.shell.UserFormats;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The tenant's audit log, for its admins: who changed what and when, newest first, loaded page by page from
 * {@link AuditService} as the grid scrolls. Filters narrow it (the period, in the user's time zone; an action or a
 * whole feature; the actor's name or e-mail; words of the summary); a row opens to its details (values before and
 * after, the reason); the CSV link downloads what the filters match.
 */
@Route("audit")
@Menu(order = 4, title = "menu.audit", icon = "CLIPBOARD_TEXT")
@RolesAllowed(Roles.TENANT_ADMIN)
class AuditView extends Div implements HasDynamicTitle {

    /** The action filter's choices: every action of a feature ({@code lead.}) first, then the single actions. */
    static final List<String> ACTION_CHOICES = actionChoices();

    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<String> action = new ComboBox<>();
    private final TextField actor = new TextField();
    private final TextField search = new TextField();
    private final Grid<AuditRecord> grid = new Grid<>();
    private final AtomicReference<AuditFilter> currentFilter = new AtomicReference<>(AuditFilter.all());

    AuditView(AuditService audit) {
        setId("audit");
        addClassName("stackup-page");

        from.setId("audit-from");
        from.setLabel(getTranslation("audit.from"));
        from.setLocale(UserFormats.locale());
        from.setClearButtonVisible(true);
        to.setId("audit-to");
        to.setLabel(getTranslation("audit.to"));
        to.setLocale(UserFormats.locale());
        to.setClearButtonVisible(true);

        action.setId("audit-action");
        action.setLabel(getTranslation("audit.action"));
        action.setPlaceholder(getTranslation("audit.action.any"));
        action.setItems(ACTION_CHOICES);
        action.setItemLabelGenerator(this::actionLabel);
        action.setClearButtonVisible(true);
        action.setWidth("16rem");

        actor.setId("audit-actor");
        actor.setLabel(getTranslation("audit.actor"));
        actor.setPlaceholder(getTranslation("audit.actor.placeholder"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        actor.setMaxLength(AuditFilter.MAX_TEXT);

        search.setId("audit-search");
        search.setLabel(getTranslation("audit.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setMaxLength(AuditFilter.MAX_TEXT);

        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        actor.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());

        HorizontalLayout filters = new HorizontalLayout(from, to, action, actor, search);
        filters.setId("audit-filters");
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        Anchor csv = new Anchor(new AuditCsvDownload(audit, currentFilter), "");
        csv.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("audit.csv")));
        csv.setId("audit-csv");

        configure(grid);
        grid.setItems(q -> audit.find(filter(), q.getOffset(), q.getLimit()).stream(), q -> audit.count(filter()));

        add(new H2(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")), filters, csv, grid);
    }

    private void configure(Grid<AuditRecord> grid) {
        grid.setId("audit-grid");
        grid.addColumn(r -> UserFormats.dateTime(r.at()))
                .setHeader(getTranslation("audit.at"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRecord::actorLabel)
                .setHeader(getTranslation("audit.actor"))
                .setWidth("10rem")
                .setFlexGrow(1)
                .setResizable(true);
        grid.addColumn(r -> actionLabel(r.action()))
                .setHeader(getTranslation("audit.action"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::subject)
                .setHeader(getTranslation("audit.subject"))
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(AuditRecord::summary)
                .setHeader(getTranslation("audit.summary"))
                .setWidth("14rem")
                .setFlexGrow(3);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setDetailsVisibleOnClick(true);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    /** "lead 3f2a…": the kind of thing and the start of its id; the whole id is in the details. */
    private String subject(AuditRecord r) {
        String type = r.subjectType();
        String id = r.subjectId();
        if (type == null) {
            return "–";
        }
        return id == null ? type : type + " " + (id.length() > 8 ? id.substring(0, 8) + "…" : id);
    }

    /** The record's details: the actor's id, the subject's whole id, then each detail by name. */
    private Component details(AuditRecord r) {
        Div details = new Div();
        details.addClassName("stackup-audit-details");
        details.setId("audit-details-" + r.id());
        Map<String, String> lines = new TreeMap<>(r.details());
        details.add(line(getTranslation("audit.actor-id"), r.actorId()));
        String subjectId = r.subjectId();
        if (subjectId != null) {
            details.add(line(getTranslation("audit.subject-id"), subjectId));
        }
        lines.forEach((name, value) -> details.add(line(name, value)));
        return details;
    }

    private static Div line(String name, String value) {
        Span label = new Span(name + ": ");
        label.getStyle().set("font-weight", "600");
        Div line = new Div(label, new Span(value));
        line.addClassName("audit-detail");
        return line;
    }

    /**
     * A filter choice or a record's action as a person reads it: "Every lead action" for a feature; "Lead claimed
     * (lead.claimed)" for a known action, its name kept as the API and the CSV write it; an unknown action (a record
     * of an action not in {@link AuditActions#KNOWN}) by its name alone.
     */
    private String actionLabel(String choice) {
        if (choice.endsWith(".")) {
            return getTranslation("audit.action.feature", getTranslation("audit.feature." + choice.replace(".", "")));
        }
        return AuditActions.KNOWN.contains(choice)
                ? getTranslation("audit.action." + choice) + " (" + choice + ")"
                : choice;
    }

    private void refresh() {
        currentFilter.set(filter());
        grid.getDataProvider().refreshAll();
    }

    /** The filter the fields say: the period's days in the user's time zone, the end day included. */
    AuditFilter filter() {
        LocalDate first = from.getValue();
        LocalDate last = to.getValue();
        @Nullable
        Instant start =
                first == null ? null : first.atStartOfDay(UserFormats.zone()).toInstant();
        @Nullable
        Instant end = last == null
                ? null
                : last.plusDays(1).atStartOfDay(UserFormats.zone()).toInstant();
        return AuditFilter.all()
                .withPeriod(start, end)
                .withAction(action.getValue())
                .withActor(actor.getValue())
                .withSearch(search.getValue());
    }

    private static List<String> actionChoices() {
        List<String> choices = new ArrayList<>();
        AuditActions.FEATURES.forEach(feature -> choices.add(feature + "."));
        choices.addAll(AuditActions.KNOWN);
        return List.copyOf(choices);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
