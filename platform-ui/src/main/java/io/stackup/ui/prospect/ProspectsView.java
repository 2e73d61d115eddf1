package io.stackup.ui.prospect;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
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
import io.stackup.core.prospect.Prospect;
import io.stackup.core.prospect.ProspectId;
import io.stackup.core.prospect.ProspectService;
import io.stackup.core.prospect.ProspectValidationException;
import io.stackup.core.tenancy.Roles;
import io.stackup.ui.shell.UserFormats;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;

/**
 * The workspace's prospects, paged from the database and searchable by name, industry or contact; a new one in a
 * dialog whose problems show next to their fields. A row opens the prospect.
 */
@Route("prospects")
@Menu(order = 1.2, title = "menu.prospects", icon = "BUILDING")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER})
class ProspectsView extends Div implements HasDynamicTitle {

    private final ProspectService prospects;
    private final TextField search = new TextField();
    private final Grid<Prospect> grid = new Grid<>();

    ProspectsView(ProspectService prospects) {
        this.prospects = prospects;
        setId("prospects");
        addClassName("stackup-page");

        search.setId("prospect-search");
        search.setPlaceholder(getTranslation("prospects.search"));
        search.setAriaLabel(getTranslation("prospects.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("min(100%, 22rem)");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Button create = new Button(getTranslation("prospects.new"), VaadinIcon.PLUS.create(), e -> openNew());
        create.setId("new-prospect");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        HorizontalLayout toolbar = new HorizontalLayout(search, create);
        toolbar.setWrap(true);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("prospect-grid");
        grid.addColumn(Prospect::name)
                .setHeader(getTranslation("prospect.name"))
                .setFlexGrow(2)
                .setResizable(true);
        grid.addColumn(p -> Objects.requireNonNullElse(p.industry(), ""))
                .setHeader(getTranslation("prospect.industry"))
                .setFlexGrow(1);
        grid.addColumn(p -> p.employees() == null ? "" : String.valueOf(p.employees()))
                .setHeader(getTranslation("prospect.employees"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(ProspectsView::contact)
                .setHeader(getTranslation("prospect.contact"))
                .setFlexGrow(2);
        grid.addColumn(p -> UserFormats.dateTime(p.updatedAt()))
                .setHeader(getTranslation("prospect.updated"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("prospects.empty"));
        grid.setItems(
                q -> prospects.find(search.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> prospects.count(search.getValue()));
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(p -> open(p.id())));

        add(new H2(getTranslation("prospects.title")), toolbar, grid);
    }

    private static Span contact(Prospect prospect) {
        String name = Objects.requireNonNullElse(prospect.contactName(), "");
        String email = Objects.requireNonNullElse(prospect.contactEmail(), "");
        return new Span(name.isEmpty() || email.isEmpty() ? name + email : name + " · " + email);
    }

    private void openNew() {
        Dialog dialog = new Dialog();
        dialog.setId("new-prospect-dialog");
        dialog.setHeaderTitle(getTranslation("prospects.new"));
        dialog.setWidth("min(95vw, 44rem)");
        ProspectForm form = new ProspectForm("new-prospect");
        Span error = new Span();
        error.setId("new-prospect-error");
        error.addClassName("stackup-field-error");
        Button save = new Button(getTranslation("prospects.new.create"), e -> {
            try {
                Prospect created = prospects.create(form.draft());
                dialog.close();
                Notification.show(
                                getTranslation("prospects.created", created.name()),
                                4000,
                                Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                open(created.id());
            } catch (ProspectValidationException invalid) {
                String unplaced = form.mark(invalid.problems());
                error.setText(unplaced == null ? "" : unplaced);
            }
        });
        save.setId("new-prospect-create");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER)
                .listenOn(form.name, form.industry, form.employees, form.contactName, form.contactEmail);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        cancel.setId("new-prospect-cancel");
        dialog.add(form, error);
        dialog.getFooter().add(cancel, save);
        dialog.open();
        form.focusFirst();
    }

    private void open(ProspectId id) {
        getUI().ifPresent(ui -> ui.navigate("prospects/" + id));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("prospects.title");
    }
}
