package io.stackup.ui.operator;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.ui.shell.TenantFree;
import io.stackup.ui.shell.UserFormats;
import jakarta.annotation.security.RolesAllowed;

/** The platform operators' landing page: every tenant, paged from the database and searchable. */
@Route("operator/tenants")
@Menu(order = 10, title = "menu.tenants", icon = "BUILDING")
@RolesAllowed(Roles.PLATFORM_OPERATOR)
@TenantFree
class TenantsView extends Div implements HasDynamicTitle {

    TenantsView(TenantDirectory directory) {
        setId("operator-tenants");
        addClassName("stackup-page");
        TextField search = new TextField();
        search.setId("tenant-search");
        search.setPlaceholder(getTranslation("operator.tenants.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("min(100%, 24rem)");

        Grid<Tenant> grid = new Grid<>();
        grid.setId("tenant-grid");
        grid.addColumn(Tenant::name)
                .setHeader(getTranslation("operator.tenants.name"))
                .setFlexGrow(2);
        grid.addColumn(Tenant::slug).setHeader(getTranslation("operator.tenants.slug"));
        grid.addColumn(t -> getTranslation("tenant.status." + t.status().dbValue()))
                .setHeader(getTranslation("operator.tenants.status"));
        grid.addColumn(t -> UserFormats.dateTime(t.createdAt())).setHeader(getTranslation("operator.tenants.created"));
        grid.setEmptyStateText(getTranslation("operator.tenants.empty"));
        grid.setItems(
                query -> directory.find(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> directory.count(search.getValue()));
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        add(new H2(getTranslation("operator.tenants.title")), search, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("operator.tenants.title");
    }
}
