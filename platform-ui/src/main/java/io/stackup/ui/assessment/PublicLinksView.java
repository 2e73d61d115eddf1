package io.stackup.ui.assessment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import io.stackup.core.assessment.PublicLink;
import io.stackup.core.assessment.PublicLinkConflictException;
import io.stackup.core.assessment.PublicLinkService;
import io.stackup.core.assessment.PublicLinkSettings;
import io.stackup.core.assessment.PublicLinkValidationException;
import io.stackup.core.template.TemplateConflictException;
import io.stackup.core.template.TemplateId;
import io.stackup.core.template.TemplateNotFoundException;
import io.stackup.core.template.TemplateService;
import io.stackup.core.template.TemplateStatus;
import io.stackup.core.template.TemplateSummary;
import io.stackup.core.tenancy.Roles;
import io.stackup.ui.shell.UserFormats;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * Public links for the tenant's admins: offer a published template as a self-assessment anyone with the link can
 * answer, with an optional expiry and welcome text; switch links on and off; copy their address.
 */
@Route("public-links")
@Menu(order = 1.6, title = "menu.public-links", icon = "LINK")
@RolesAllowed(Roles.TENANT_ADMIN)
class PublicLinksView extends Div implements HasDynamicTitle {

    private final PublicLinkService links;
    private final ComboBox<TemplateSummary> template = new ComboBox<>();
    private final DatePicker expiry = new DatePicker();
    private final TextArea welcome = new TextArea();
    private final TextField created = new TextField();
    private final ComboBox<TemplateSummary> filter = new ComboBox<>();
    private final Grid<PublicLink> grid = new Grid<>();

    PublicLinksView(PublicLinkService links, TemplateService templates) {
        this.links = links;
        setId("public-links");
        addClassName("stackup-page");

        template.setId("link-template");
        template.setLabel(getTranslation("links.template"));
        publishedTemplates(template, templates);
        filter.setId("link-filter");
        filter.setPlaceholder(getTranslation("links.filter"));
        filter.setAriaLabel(getTranslation("links.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setWidth("min(100%, 22rem)");
        publishedTemplates(filter, templates);
        filter.addValueChangeListener(e -> {
            grid.setEmptyStateText(getTranslation(e.getValue() == null ? "links.empty" : "links.empty.filtered"));
            grid.getDataProvider().refreshAll();
        });
        template.setWidth("min(100%, 22rem)");
        expiry.setId("link-expiry");
        expiry.setLabel(getTranslation("links.expiry"));
        expiry.setHelperText(getTranslation("links.expiry.help"));
        expiry.setMin(LocalDate.now(zone()));
        expiry.setClearButtonVisible(true);
        welcome.setId("link-welcome");
        welcome.setLabel(getTranslation("links.welcome"));
        welcome.setMaxLength(PublicLinkSettings.MAX_WELCOME);
        welcome.setWidthFull();
        Button create = new Button(getTranslation("links.create"), VaadinIcon.LINK.create(), e -> create());
        create.setId("create-link");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(template, expiry, create);
        form.setWrap(true);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);

        created.setId("new-link-url");
        created.setLabel(getTranslation("links.new-url"));
        created.setReadOnly(true);
        created.setWidthFull();
        created.setVisible(false);
        created.setSuffixComponent(copyButton("copy-new-link", created::getValue));

        grid.setId("link-grid");
        grid.addColumn(l -> l.templateName() + " " + l.templateVersion())
                .setHeader(getTranslation("links.template"))
                .setFlexGrow(2);
        grid.addComponentColumn(l -> {
                    Anchor anchor = new Anchor(url(l), "/s/" + l.token().substring(0, 8) + "…");
                    anchor.setTarget("_blank");
                    return new HorizontalLayout(anchor, copyButton("copy-" + l.id(), () -> url(l)));
                })
                .setHeader(getTranslation("links.url"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::state).setHeader(getTranslation("links.state"));
        grid.addColumn(l -> l.expiresAt() == null ? getTranslation("links.never") : UserFormats.dateTime(l.expiresAt()))
                .setHeader(getTranslation("links.expires"));
        grid.addColumn(PublicLink::submissions).setHeader(getTranslation("links.submissions"));
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("links.empty"));
        grid.setItems(
                q -> links.find(filteredTemplate(), q.getOffset(), q.getLimit()).stream(),
                q -> links.count(filteredTemplate()));

        add(
                new H2(getTranslation("links.title")),
                new Paragraph(getTranslation("links.intro")),
                form,
                welcome,
                created,
                new H3(getTranslation("links.list")),
                filter,
                grid);
    }

    /** Offers the tenant's published templates, searched and paged in the database, named with their version. */
    private static void publishedTemplates(ComboBox<TemplateSummary> comboBox, TemplateService templates) {
        comboBox.setItems(q ->
                templates
                        .list(q.getFilter().orElse(""), TemplateStatus.PUBLISHED, q.getOffset(), q.getLimit())
                        .stream());
        comboBox.setItemLabelGenerator(t -> t.name() + " " + t.version());
    }

    private @Nullable TemplateId filteredTemplate() {
        TemplateSummary chosen = filter.getValue();
        return chosen == null ? null : chosen.id();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("links.title");
    }

    private void create() {
        welcome.setInvalid(false);
        if (template.getValue() == null) {
            template.setErrorMessage(getTranslation("links.template.required"));
            template.setInvalid(true);
            return;
        }
        template.setInvalid(false);
        try {
            PublicLink link = links.create(
                    template.getValue().id(),
                    new PublicLinkSettings(true, endOf(expiry.getValue()), welcome.getValue()));
            created.setValue(url(link));
            created.setVisible(true);
            welcome.clear();
            expiry.clear();
            grid.getDataProvider().refreshAll();
            Notification.show(getTranslation("links.created")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (PublicLinkValidationException e) {
            welcome.setErrorMessage(e.problems().getFirst().message());
            welcome.setInvalid(true);
        } catch (TemplateConflictException | TemplateNotFoundException e) {
            template.setErrorMessage(e.getMessage());
            template.setInvalid(true);
        }
    }

    private Span state(PublicLink link) {
        boolean active = link.active(Instant.now());
        Span badge = new Span(getTranslation(
                active ? "links.state.active" : link.enabled() ? "links.state.expired" : "links.state.off"));
        badge.getElement().getThemeList().add(active ? "badge success" : "badge contrast");
        badge.addClassName("link-state");
        return badge;
    }

    private HorizontalLayout actions(PublicLink link) {
        Button toggle = new Button(getTranslation(link.enabled() ? "links.switch-off" : "links.switch-on"), e -> {
            links.setEnabled(link.id(), !link.enabled());
            grid.getDataProvider().refreshAll();
        });
        toggle.addClassName("toggle-link");
        toggle.setId("toggle-" + link.token().substring(0, 8));
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button edit = new Button(getTranslation("links.edit"), e -> edit(link));
        edit.addClassName("edit-link");
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(toggle, edit);
    }

    private void edit(PublicLink link) {
        Dialog dialog = new Dialog();
        dialog.setId("edit-link");
        dialog.setHeaderTitle(link.templateName() + " " + link.templateVersion());
        DatePicker date = new DatePicker(getTranslation("links.expiry"));
        date.setClearButtonVisible(true);
        date.setValue(link.expiresAt() == null ? null : LocalDate.ofInstant(link.expiresAt(), zone()));
        TextArea text = new TextArea(getTranslation("links.welcome"));
        text.setMaxLength(PublicLinkSettings.MAX_WELCOME);
        text.setWidthFull();
        text.setValue(link.welcome() == null ? "" : link.welcome());
        Button save = new Button(getTranslation("links.save"), e -> {
            try {
                links.update(
                        link.id(),
                        link.lockVersion(),
                        new PublicLinkSettings(link.enabled(), endOf(date.getValue()), text.getValue()));
                dialog.close();
                grid.getDataProvider().refreshAll();
            } catch (PublicLinkValidationException ex) {
                text.setErrorMessage(ex.problems().getFirst().message());
                text.setInvalid(true);
            } catch (PublicLinkConflictException ex) {
                Notification.show(ex.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(date, text);
        dialog.getFooter().add(new Button(getTranslation("links.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(100%, 32rem)");
        dialog.open();
    }

    private Button copyButton(String id, java.util.function.Supplier<String> text) {
        Button copy = new Button(VaadinIcon.COPY.create(), e -> {
            getUI().ifPresent(ui -> ui.getPage().executeJs("navigator.clipboard.writeText($0)", text.get()));
            Notification.show(getTranslation("links.copied"));
        });
        copy.setId(id);
        copy.setAriaLabel(getTranslation("links.copy"));
        copy.setTooltipText(getTranslation("links.copy"));
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return copy;
    }

    /** The link's full address, from the address this page was reached at. */
    private static String url(PublicLink link) {
        VaadinServletRequest current = VaadinServletRequest.getCurrent();
        if (current == null) {
            return "/s/" + link.token();
        }
        HttpServletRequest request = current.getHttpServletRequest();
        String port = (request.getScheme().equals("http") && request.getServerPort() == 80)
                        || (request.getScheme().equals("https") && request.getServerPort() == 443)
                ? ""
                : ":" + request.getServerPort();
        return request.getScheme() + "://" + request.getServerName() + port + request.getContextPath() + "/s/"
                + link.token();
    }

    /** The end of the chosen day in the user's time zone: the link works through that whole day. */
    private static @Nullable Instant endOf(@Nullable LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay(zone()).toInstant();
    }

    private static ZoneId zone() {
        return UserFormats.zone();
    }
}
