package io.stackup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.stackup.core.tenancy.Roles;
import io.stackup.support.BrowserlessViewTest;
import io.stackup.ui.ForeignObjects.Kind;
import io.stackup.ui.shell.TenantFree;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every {@code @Route} of the UI, found by scanning, against every role of a tenant: a route opens exactly for the
 * roles its annotation names, and any other role lands on an error page. A route added without an access annotation
 * is refused to everyone (Vaadin's default) and fails here unless that is what it declares. Routes with parameters
 * are also opened with an object of the matching kind from another tenant, which must show as a made-up id does.
 */
class RouteAccessIT extends BrowserlessViewTest {

    /** The demo tenant's people, one per role. */
    private static final Map<String, String> ROLE_OF = Map.of(
            "admin@demo.test", Roles.TENANT_ADMIN,
            "interviewer@demo.test", Roles.INTERVIEWER,
            "expert@demo.test", Roles.EXPERT);

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

    /**
     * What each route parameter names, by route template: the kind of object of tenant "other" ({@link ForeignObjects})
     * the cross-tenant probe puts there. A new route with a parameter fails {@link
     * #another_tenants_objects_show_as_made_up_ids_on_every_route_with_a_parameter} until it is given its kind here.
     */
    private static final Map<String, Map<String, Kind>> FOREIGN_KINDS = Map.of(
            "prospects/:id", Map.of("id", Kind.PROSPECT),
            "interviews/:id", Map.of("id", Kind.INTERVIEW),
            "interviews/:id/run", Map.of("id", Kind.INTERVIEW),
            "interviews/:id/result", Map.of("id", Kind.INTERVIEW),
            "templates/:id", Map.of("id", Kind.TEMPLATE),
            "templates/:id/edit", Map.of("id", Kind.DRAFT_TEMPLATE),
            "leads/:id", Map.of("id", Kind.LEAD),
            "s/:token", Map.of("token", Kind.DISABLED_LINK_TOKEN),
            "s/:token/result/:receipt", Map.of("token", Kind.LINK_TOKEN, "receipt", Kind.OTHER_LINKS_RECEIPT));

    private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z]+)");

    /**
     * Every route with a parameter, opened by each role of tenant "demo" with an object of the matching kind from
     * tenant "other" and with a made-up value of the same form: the two must show the same screen (the same view, the
     * same text), so that another tenant's object is neither shown nor revealed to exist. The public pages take a
     * link's token: a switched-off link of another tenant shows as an unknown one, and a receipt of another link opens
     * no result.
     */
    @Test
    void another_tenants_objects_show_as_made_up_ids_on_every_route_with_a_parameter() throws Exception {
        Map<Kind, String> theirs = ForeignObjects.make();
        List<Class<?>> parameterised = routes().stream()
                .filter(r -> PARAMETER.matcher(template(r)).find())
                .toList();
        assertThat(parameterised).as("routes with a parameter").hasSizeGreaterThanOrEqualTo(9);
        List<String> withoutKind = new ArrayList<>();
        for (Class<?> route : parameterised) {
            Map<String, Kind> kinds = FOREIGN_KINDS.get(template(route));
            if (kinds == null || !kinds.keySet().equals(parameters(template(route)))) {
                withoutKind.add(template(route) + " " + parameters(template(route)));
            }
        }
        assertThat(withoutKind)
                .as("routes whose parameters have no foreign-object kind in RouteAccessIT.FOREIGN_KINDS: add one"
                        + " (and make the object in ForeignObjects)")
                .isEmpty();

        List<String> wrong = new ArrayList<>();
        int probes = 0;
        for (String person : ROLE_OF.keySet()) {
            signInAs(person, "demo");
            for (Class<?> route : parameterised) {
                String template = template(route);
                Map<String, Kind> kinds = FOREIGN_KINDS.get(template);
                Map<String, String> foreign = new java.util.HashMap<>();
                Map<String, String> madeUp = new java.util.HashMap<>();
                kinds.forEach((name, kind) -> {
                    foreign.put(name, theirs.get(kind));
                    madeUp.put(name, madeUp(kind));
                });
                String shownForMadeUp = screen(fill(template, madeUp), madeUp);
                String shownForTheirs = screen(fill(template, foreign), foreign);
                probes++;
                if (!shownForTheirs.equals(shownForMadeUp)) {
                    wrong.add(person + " /" + fill(template, foreign) + " showed [" + shownForTheirs
                            + "], a made-up one [" + shownForMadeUp + "]");
                }
            }
        }
        assertThat(probes).isEqualTo(ROLE_OF.size() * parameterised.size());
        assertThat(wrong)
                .as("routes that show another tenant's object unlike a made-up id")
                .isEmpty();
    }

    /** The view shown for the location and its text, with the parameters' values taken out. */
    private String screen(String location, Map<String, String> values) {
        UI.getCurrent().navigate(location);
        var view = getCurrentView();
        String text = view.getElement().getTextRecursively();
        for (String value : values.values()) {
            text = text.replace(value, "{}");
        }
        return view.getClass().getSimpleName() + ": "
                + text.replaceAll("\\s+", " ").strip();
    }

    private static java.util.Set<String> parameters(String template) {
        java.util.Set<String> names = new java.util.HashSet<>();
        Matcher matcher = PARAMETER.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static String fill(String template, Map<String, String> values) {
        return PARAMETER.matcher(template).replaceAll(m -> Matcher.quoteReplacement(values.get(m.group(1))));
    }

    /** A value of the kind's form that names nothing: a random UUID, or a random 43-character token. */
    private static String madeUp(Kind kind) {
        return switch (kind) {
            case DISABLED_LINK_TOKEN, LINK_TOKEN, OTHER_LINKS_RECEIPT -> {
                byte[] bytes = new byte[32];
                new java.security.SecureRandom().nextBytes(bytes);
                yield java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            }
            default -> UUID.randomUUID().toString();
        };
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
