package io.stackup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.stackup.core.prospect.Prospect;
import io.stackup.core.prospect.ProspectDraft;
import io.stackup.core.prospect.ProspectService;
import io.stackup.core.tenancy.Roles;
import io.stackup.support.BrowserlessViewTest;
import io.stackup.ui.shell.TenantFree;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every {@code @Route} of the UI, found by scanning, against every role of a tenant: a route opens exactly for the
 * roles its annotation names, and any other role lands on an error page. A route added without an access annotation
 * is refused to everyone (Vaadin's default) and fails here unless that is what it declares. Routes with parameters
 * are also opened with an id of another tenant's prospect, which must not open for anyone.
 */
class RouteAccessIT extends BrowserlessViewTest {

    /** The demo tenant's people, one per role. */
    private static final Map<String, String> ROLE_OF = Map.of(
            "admin@demo.test", Roles.TENANT_ADMIN,
            "interviewer@demo.test", Roles.INTERVIEWER,
            "expert@demo.test", Roles.EXPERT);

    @Autowired
    private ProspectService prospects;

    @Override
    protected String user() {
        return "admin@demo.test";
    }

    @Test
    void every_route_opens_for_exactly_the_roles_it_allows() {
        List<Class<?>> routes = routes();
        assertThat(routes).hasSizeGreaterThan(15);
        List<String> wrong = new ArrayList<>();
        for (var person : ROLE_OF.entrySet()) {
            signInAs(person.getKey(), "demo");
            for (Class<?> route : routes) {
                String location = location(route, UUID.randomUUID().toString());
                boolean allowed = allows(route, person.getValue());
                boolean opened = open(location);
                boolean parameterised = location.contains("/") && !location.equals(template(route));
                // An allowed route with a made-up id rightly shows "not found"; only a refusal is certain there.
                if (opened != allowed && !(parameterised && allowed && !opened)) {
                    wrong.add(person.getValue() + (opened ? " opened " : " was refused ") + "/" + location);
                }
            }
        }
        assertThat(wrong)
                .as("routes whose access does not match their annotation")
                .isEmpty();
    }

    @Test
    void the_audit_log_opens_for_tenant_admins_only() {
        for (var person : ROLE_OF.entrySet()) {
            signInAs(person.getKey(), "demo");
            assertThat(open("audit"))
                    .as(person.getKey())
                    .isEqualTo(person.getValue().equals(Roles.TENANT_ADMIN));
        }
    }

    @Test
    void another_tenants_prospect_opens_for_no_role_of_this_tenant() {
        signInAs("admin@other.test", "other");
        Prospect theirs = prospects.create(
                new ProspectDraft("Other's prospect " + UUID.randomUUID(), null, null, null, null, null));
        for (String person : ROLE_OF.keySet()) {
            signInAs(person, "demo");
            assertThat(open("prospects/" + theirs.id())).as(person).isFalse();
            assertThat(open("interviews/" + theirs.id())).as(person).isFalse();
            assertThat(open("interviews/" + theirs.id() + "/run")).as(person).isFalse();
            assertThat(open("templates/" + theirs.id())).as(person).isFalse();
            assertThat(open("leads/" + theirs.id())).as(person).isFalse();
        }
    }

    @Test
    void the_sign_up_form_opens_for_an_anonymous_visitor_and_the_admin_home_does_not() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build();

        java.net.http.HttpResponse<String> signup = http.send(
                java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create(io.stackup.support.SharedStack.appUrl() + "/signup"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        java.net.http.HttpResponse<String> admin = http.send(
                java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create(io.stackup.support.SharedStack.appUrl() + "/admin"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(signup.statusCode()).isEqualTo(200);
        assertThat(admin.statusCode()).isEqualTo(302);
        assertThat(routes().stream().filter(r -> r.isAnnotationPresent(AnonymousAllowed.class)))
                .extracting(RouteAccessIT::template)
                .contains("signup");
    }

    /**
     * A platform operator belongs to no tenant: every route of a tenant's work is refused them (or sends them to their
     * own page), so they never see a tenant's interviews, prospects, leads or settings.
     */
    @Test
    void a_platform_operator_opens_no_route_of_a_tenants_work() {
        signInWithoutTenant("operator@stackup.test");
        List<String> opened = new ArrayList<>();
        for (Class<?> route : routes()) {
            if (allows(route, Roles.PLATFORM_OPERATOR)
                    || route.isAnnotationPresent(TenantFree.class)
                    || route.isAnnotationPresent(AnonymousAllowed.class)) {
                continue;
            }
            UI.getCurrent().navigate(location(route, UUID.randomUUID().toString()));
            if (route.isInstance(getCurrentView())) {
                opened.add("/" + template(route));
            }
        }
        assertThat(opened).as("tenant routes an operator could open").isEmpty();
        UI.getCurrent().navigate("operator/tenants");
        assertThat(getCurrentView().getClass().getSimpleName()).startsWith("TenantsView");
    }

    /** Navigates as the signed-in user; true when the route's own view shows rather than an error page. */
    private boolean open(String location) {
        UI.getCurrent().navigate(location);
        return !(getCurrentView() instanceof HasErrorParameter<?>);
    }

    private static boolean allows(Class<?> route, String role) {
        if (route.isAnnotationPresent(AnonymousAllowed.class) || route.isAnnotationPresent(PermitAll.class)) {
            return true;
        }
        RolesAllowed roles = route.getAnnotation(RolesAllowed.class);
        return roles != null && Arrays.asList(roles.value()).contains(role);
    }

    private static String template(Class<?> route) {
        return RouteConfiguration.forApplicationScope()
                .getTemplate(route.asSubclass(com.vaadin.flow.component.Component.class))
                .orElseThrow();
    }

    private static String location(Class<?> route, String id) {
        return template(route).replaceAll(":[A-Za-z]+", id);
    }

    private static List<Class<?>> routes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<Class<?>> routes = new ArrayList<>();
        for (BeanDefinition found : scanner.findCandidateComponents("io.stackup.ui")) {
            try {
                routes.add(Class.forName(found.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return routes;
    }
}
