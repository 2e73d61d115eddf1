package io.stackup.ui.lead;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.stackup.core.lead.Lead;
import io.stackup.core.lead.LeadAreaService;
import io.stackup.core.lead.LeadFilter;
import io.stackup.core.lead.LeadService;
import io.stackup.core.lead.LeadSort;
import io.stackup.core.lead.LeadSource;
import io.stackup.core.lead.LeadStatus;
import io.stackup.core.lead.LeadSummary;
import io.stackup.core.template.TemplateService;
import io.stackup.core.tenancy.Member;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.ui.shell.CurrentUser;
import io.stackup.ui.shell.UserFormats;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The experts' queue and every lead list: by default the qualified leads nobody holds, those in the expert's areas
 * first, then by score. Filters narrow it (status, area with a gap, offering, interviewer, source, age, the prospect's
 * name); each row says why the lead qualified, and whether it is in the expert's areas or overdue. Pages come from
 * {@link LeadService} as the grid scrolls; the CSV link downloads what the filter matches. An expert declares the areas
 * they cover here ("My areas").
 */
@Route("leads")
@Menu(order = 3, title = "menu.leads", icon = "HANDSHAKE")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.EXPERT})
class LeadsView extends Div implements HasDynamicTitle {

    /** What the status filter offers: a set of statuses, and whether only the caller's own leads. */
    record Show(String key, Set<LeadStatus> statuses, boolean mine) {}

    private final LeadService leads;
    private final Map<String, String> areaNames;
    private final @Nullable String myEmail;
    private final TextField search = new TextField();
    private final Select<Show> show = new Select<>();
    private final ComboBox<String> area = new ComboBox<>();
    private final TextField offering = new TextField();
    private final TextField interviewer = new TextField();
    private final Select<Optional<LeadSource>> source = new Select<>();
    private final IntegerField olderThan = new IntegerField();
    private final Select<LeadSort> sort = new Select<>();
    private final Grid<LeadSummary> grid = new Grid<>();
    private final AtomicReference<LeadFilter> currentFilter = new AtomicReference<>(LeadFilter.queue());
    private final AtomicReference<LeadSort> currentSort = new AtomicReference<>(LeadSort.SCORE);

    LeadsView(
            LeadService leads,
            LeadAreaService leadAreas,
            TemplateService templates,
            MemberService members,
            CurrentUser currentUser) {
        this.leads = leads;
        this.areaNames = AreaCatalog.of(templates);
        this.myEmail = members.current().map(Member::email).orElse(null);
        setId("leads");
        addClassName("stackup-page");
        boolean admin =
                currentUser.user().map(u -> u.hasRole(Roles.TENANT_ADMIN)).orElse(false);
        boolean expert = currentUser.user().map(u -> u.hasRole(Roles.EXPERT)).orElse(false);

        search.setId("lead-search");
        search.setPlaceholder(getTranslation("leads.search"));
        search.setAriaLabel(getTranslation("leads.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("min(100%, 16rem)");

        show.setId("lead-status-filter");
        show.setLabel(getTranslation("leads.show"));
        List<Show> choices = new ArrayList<>();
        Show queue = new Show("queue", Set.of(LeadStatus.QUALIFIED), false);
        choices.add(queue);
        if (expert) {
            choices.add(new Show("mine", Set.of(), true));
        }
        choices.add(new Show("all", Set.of(), false));
        if (admin) {
            for (LeadStatus status : LeadStatus.values()) {
                if (status != LeadStatus.QUALIFIED) {
                    choices.add(new Show(status.json(), Set.of(status), false));
                }
            }
        }
        show.setItems(choices);
        show.setItemLabelGenerator(s -> getTranslation("leads.show." + s.key()));
        show.setValue(queue);

        area.setId("lead-area-filter");
        area.setLabel(getTranslation("leads.area"));
        area.setItems(areaNames.keySet());
        area.setItemLabelGenerator(k -> areaNames.getOrDefault(k, k));
        area.setClearButtonVisible(true);
        area.setWidth("12rem");

        offering.setId("lead-offering-filter");
        offering.setLabel(getTranslation("leads.offering"));
        offering.setValueChangeMode(ValueChangeMode.LAZY);
        offering.setClearButtonVisible(true);
        offering.setWidth("10rem");

        interviewer.setId("lead-interviewer-filter");
        interviewer.setLabel(getTranslation("leads.interviewer"));
        interviewer.setPlaceholder(getTranslation("leads.interviewer.placeholder"));
        interviewer.setValueChangeMode(ValueChangeMode.LAZY);
        interviewer.setClearButtonVisible(true);
        interviewer.setWidth("12rem");

        source.setId("lead-source-filter");
        source.setLabel(getTranslation("leads.source"));
        source.setItems(Optional.empty(), Optional.of(LeadSource.INTERVIEW), Optional.of(LeadSource.SELF));
        source.setItemLabelGenerator(
                s -> s.map(v -> getTranslation("lead.source." + v.json())).orElse(getTranslation("leads.source.any")));
        source.setValue(Optional.empty());
        source.setWidth("10rem");

        olderThan.setId("lead-age-filter");
        olderThan.setLabel(getTranslation("leads.older-than"));
        olderThan.setSuffixComponent(new Span(getTranslation("leads.days")));
        olderThan.setMin(0);
        olderThan.setMax(3650);
        olderThan.setClearButtonVisible(true);
        olderThan.setWidth("9rem");

        sort.setId("lead-sort");
        sort.setLabel(getTranslation("leads.sort"));
        sort.setItems(LeadSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("leads.sort." + s.json()));
        sort.setValue(LeadSort.SCORE);
        sort.setWidth("10rem");

        search.addValueChangeListener(e -> refresh());
        show.addValueChangeListener(e -> refresh());
        area.addValueChangeListener(e -> refresh());
        offering.addValueChangeListener(e -> refresh());
        interviewer.addValueChangeListener(e -> refresh());
        source.addValueChangeListener(e -> refresh());
        olderThan.addValueChangeListener(e -> refresh());
        sort.addValueChangeListener(e -> refresh());

        HorizontalLayout filters =
                new HorizontalLayout(search, show, area, offering, interviewer, source, olderThan, sort);
        filters.setId("lead-filters");
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        Anchor csv = new Anchor(new LeadCsvDownload(leads, currentFilter, currentSort), "");
        csv.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("leads.csv")));
        csv.setId("leads-csv");
        HorizontalLayout tools = new HorizontalLayout(csv);
        tools.setAlignItems(FlexComponent.Alignment.CENTER);
        tools.setWrap(true);
        if (expert) {
            Button areas = new Button(
                    getTranslation("leads.my-areas"),
                    VaadinIcon.CROSSHAIRS.create(),
                    e -> new AreasDialog(leadAreas, areaNames, this::refresh).open());
            areas.setId("my-areas");
            areas.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            tools.addComponentAsFirst(areas);
        }

        configure(grid);
        grid.setEmptyStateText(getTranslation(admin && !expert ? "leads.empty.admin" : "leads.empty.expert"));
        grid.setItems(
                q -> leads.find(filter(), sort.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> leads.count(filter()));

        add(new H2(getTranslation("leads.title")), filters, tools, grid);
    }

    private void configure(Grid<LeadSummary> grid) {
        grid.setId("lead-grid");
        grid.addColumn(s -> s.lead().prospectName())
                .setHeader(getTranslation("lead.prospect"))
                .setWidth("10rem")
                .setFlexGrow(2)
                .setResizable(true);
        grid.addComponentColumn(s -> LeadColumns.badge(s.lead().status()))
                .setHeader(getTranslation("lead.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> LeadColumns.score(s.lead()))
                .setHeader(getTranslation("lead.score"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::why)
                .setHeader(getTranslation("leads.why"))
                .setWidth("14rem")
                .setFlexGrow(3);
        grid.addColumn(s -> s.lead().holderName() == null ? "–" : s.lead().holderName())
                .setHeader(getTranslation("lead.holder"))
                .setWidth("7rem")
                .setFlexGrow(1);
        grid.addColumn(s -> UserFormats.dateTime(s.lead().createdAt()))
                .setHeader(getTranslation("lead.created"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::marks).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(s -> {
                    Anchor open = new Anchor("leads/" + s.lead().id(), getTranslation("leads.open"));
                    open.setId("open-lead-" + s.lead().id());
                    return open;
                })
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemDoubleClickListener(e -> LeadColumns.open(e.getItem().lead()));
        grid.setPartNameGenerator(s -> s.lead().overdue() ? "overdue" : null);
    }

    /** Why the row qualified: the rules that held, the biggest area gaps, the offerings. */
    private Component why(LeadSummary summary) {
        Lead lead = summary.lead();
        Div why = new Div();
        why.addClassName("stackup-lead-why");
        why.add(
                line("leads.why.rules", LeadColumns.rules(lead)),
                line("leads.why.gaps", LeadColumns.gaps(lead, areaNames, 3)),
                line("leads.why.offerings", LeadColumns.offerings(lead)));
        return why;
    }

    private Div line(String key, String value) {
        return new Div(getTranslation(key, value));
    }

    private Component marks(LeadSummary summary) {
        Div marks = new Div();
        marks.addClassName("stackup-lead-marks");
        if (summary.inYourAreas()) {
            Span yours = new Span(getTranslation("leads.in-your-areas"));
            yours.getElement().getThemeList().add("badge primary");
            yours.addClassName("lead-in-your-areas");
            marks.add(yours);
        }
        if (summary.lead().overdue()) {
            Span late = new Span(getTranslation("leads.overdue"));
            late.getElement().getThemeList().add("badge error");
            late.addClassName("lead-overdue");
            marks.add(late);
        }
        return marks;
    }

    private void refresh() {
        currentFilter.set(filter());
        currentSort.set(sort.getValue());
        grid.getDataProvider().refreshAll();
    }

    /** The filter the fields say; the queue when nothing is chosen. */
    LeadFilter filter() {
        Show chosen =
                Optional.ofNullable(show.getValue()).orElse(new Show("queue", Set.of(LeadStatus.QUALIFIED), false));
        Integer days = olderThan.getValue();
        Instant before = days == null || days < 0 ? null : Instant.now().minus(Duration.ofDays(days));
        String wantedOffering = offering.getValue().strip();
        String wantedInterviewer = interviewer.getValue().strip();
        return LeadFilter.all()
                .withStatuses(chosen.statuses())
                .withHolder(chosen.mine() ? myEmail : null)
                .withArea(area.getValue())
                .withOffering(wantedOffering.isEmpty() ? null : wantedOffering)
                .withInterviewer(wantedInterviewer.isEmpty() ? null : wantedInterviewer)
                .withSource(source.getValue() == null ? null : source.getValue().orElse(null))
                .withCreated(null, before)
                .withSearch(search.getValue().strip());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("leads.title");
    }
}
