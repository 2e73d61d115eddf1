package io.stackup.ui.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.stackup.core.settings.SettingsService;
import io.stackup.core.tenancy.Roles;
import io.stackup.security.StackupUser;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every signed-in view: the tenant's logo and name on its accent colour ({@link TenantBrand}), a menu of what the user's roles allow, the user and a
 * logout that also ends the Keycloak session. Below 800 px the menu folds into a drawer.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout {

    private final CurrentUser currentUser;
    private final AuthenticationContext authentication;

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication, SettingsService settings) {
        this.currentUser = currentUser;
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), new TenantBrand(currentUser, settings), userArea());
        addToDrawer(new Scroller(menu()));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UserFormats.rememberTimeZone(event.getUI());
        Logout.install(event.getUI());
    }

    private Div userArea() {
        Div area = new Div();
        area.addClassName("stackup-user");
        currentUser.user().ifPresent(user -> {
            Avatar avatar = new Avatar(user.displayName());
            Span name = new Span(user.displayName());
            name.setId("user-name");
            Span email = new Span(user.getEmail() == null ? "" : user.getEmail());
            email.addClassName("stackup-user-email");
            area.add(avatar, name, email);
            if (user.organizations().size() > 1) {
                Button switchTenant = new Button(
                        getTranslation("shell.switch-tenant"),
                        e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(ChooseTenantView.class)));
                switchTenant.setId("switch-tenant");
                switchTenant.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                area.add(switchTenant);
            }
        });
        Button logout = new Button(
                getTranslation("shell.logout"),
                VaadinIcon.SIGN_OUT.create(),
                e -> Logout.start(e.getSource(), authentication));
        logout.setId("logout");
        area.add(logout);
        return area;
    }

    private SideNav menu() {
        SideNav nav = new SideNav();
        nav.setId("main-menu");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(VaadinIcon.valueOf(entry.icon()).create());
            }
            nav.addItem(item);
        }
        return nav;
    }

    static boolean isOperatorWithoutTenant(StackupUser user) {
        return user.organizations().isEmpty() && user.hasRole(Roles.PLATFORM_OPERATOR);
    }
}
