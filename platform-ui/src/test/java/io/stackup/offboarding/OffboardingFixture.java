package io.stackup.offboarding;

import io.stackup.core.assessment.PublicLink;
import io.stackup.core.assessment.PublicLinkService;
import io.stackup.core.assessment.PublicLinkSettings;
import io.stackup.core.assessment.Respondent;
import io.stackup.core.assessment.SelfAssessmentService;
import io.stackup.core.interview.InterviewAssignmentService;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.InterviewService;
import io.stackup.core.interview.NewInterview;
import io.stackup.core.lead.LeadAreaService;
import io.stackup.core.lead.LeadFilter;
import io.stackup.core.lead.LeadService;
import io.stackup.core.lead.LeadSort;
import io.stackup.core.lead.LeadSummary;
import io.stackup.core.notification.NotificationPreferences;
import io.stackup.core.notification.NotificationService;
import io.stackup.core.prospect.ProspectDraft;
import io.stackup.core.prospect.ProspectId;
import io.stackup.core.prospect.ProspectService;
import io.stackup.core.template.TemplateService;
import io.stackup.core.template.TemplateVersion;
import io.stackup.core.template.document.TemplateReader;
import io.stackup.core.tenancy.MemberLogin;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.core.webhook.CreatedWebhook;
import io.stackup.core.webhook.WebhookDraft;
import io.stackup.core.webhook.WebhookService;
import io.stackup.support.SharedStack;
import io.stackup.support.Tokens;
import io.stackup.tenantadmin.identity.KeycloakIdentityAdmin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tenants made for offboarding tests (never the shared demo tenants): each with its Keycloak organization, its admin
 * (a user of this organization only) and optionally a worker (interviewer and expert), and data in every feature:
 * a published template, a prospect with an interview answered and completed, its lead with a note, an expert's areas,
 * a member's notification choice, a webhook with a delivery attempt, a public link with a self-assessment, and audit
 * records.
 */
final class OffboardingFixture {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** One test tenant: its row, its organization, and its admin's Keycloak id and e-mail. */
    record TestTenant(Tenant tenant, String organization, String adminId, String adminEmail) {}

    private final ApplicationContext context;

    OffboardingFixture(ApplicationContext context) {
        this.context = context;
    }

    /** A new tenant {@code slug} with its organization and admin (in Keycloak and as a member with the admin role). */
    TestTenant tenant(String slug) {
        String email = "admin@" + slug + ".test";
        String organization;
        String admin;
        try (KeycloakIdentityAdmin keycloak = SharedStack.keycloakAdmin()) {
            organization = keycloak.ensureOrganization(slug, "Tenant " + slug, slug + ".test");
            admin = keycloak.ensureUser(email, "Ada", "Admin " + slug, Tokens.PASSWORD);
            keycloak.addOrganizationMember(organization, admin);
        }
        Tenant tenant = context.getBean(TenantDirectory.class).register(slug, "Tenant " + slug, organization);
        member(tenant, admin, email, Roles.TENANT_ADMIN);
        return new TestTenant(tenant, organization, admin, email);
    }

    /** A user, interviewer and expert, in the organizations and as a member of the tenants given. */
    String worker(String email, TestTenant... tenants) {
        String user;
        try (KeycloakIdentityAdmin keycloak = SharedStack.keycloakAdmin()) {
            user = keycloak.ensureUser(email, "Wanda", "Worker", Tokens.PASSWORD);
            for (TestTenant t : tenants) {
                keycloak.addOrganizationMember(t.organization(), user);
            }
        }
        for (TestTenant t : tenants) {
            member(t.tenant(), user, email, Roles.INTERVIEWER, Roles.EXPERT);
        }
        return user;
    }

    private void member(Tenant tenant, String user, String email, String... roles) {
        TenantContext.callAs(
                tenant.id(),
                "system:test",
                () -> context.getBean(MemberService.class)
                        .ensureMember(new MemberLogin(user, email, email, Set.of(roles))));
    }

    /** Data in every feature of {@code t}, made by its admin and {@code worker} ({@code workerEmail}). */
    void fill(TestTenant t, String worker, String workerEmail) {
        String key = "off-" + t.tenant().slug();
        WebhookService webhooks = context.getBean(WebhookService.class);
        CreatedWebhook hook = admin(
                t,
                () -> webhooks.create(new WebhookDraft(
                        "http://127.0.0.1:9/hook-" + key, List.of("lead.qualified", "interview.completed"), true)));
        TemplateVersion template = admin(
                t,
                () -> context.getBean(TemplateService.class)
                        .importDocument(miniIo(key), TemplateReader.Syntax.JSON, true, false));
        ProspectId prospect = admin(
                        t,
                        () -> context.getBean(ProspectService.class)
                                .create(new ProspectDraft("Prospect " + key, null, null, null, null, null)))
                .id();
        InterviewId interview = admin(
                        t,
                        () -> context.getBean(InterviewAssignmentService.class)
                                .assign(new NewInterview(template.id(), prospect, workerEmail, Map.of(), null)))
                .id();
        InterviewService interviews = context.getBean(InterviewService.class);
        as(t, worker, Roles.INTERVIEWER, () -> {
            interviews.answer(interview, "has-dir", JSON.readTree("{\"option\": \"no\", \"note\": \"" + key + "\"}"));
            interviews.answer(interview, "budget", JSON.readTree("{\"option\": \"yes\"}"));
            return interviews.complete(interview);
        });
        LeadService leads = context.getBean(LeadService.class);
        admin(t, () -> {
            LeadSummary lead =
                    leads.find(LeadFilter.all(), LeadSort.NEWEST, 0, 10).getFirst();
            return leads.addNote(lead.lead().id(), "Note on " + key);
        });
        as(t, worker, Roles.EXPERT, () -> context.getBean(LeadAreaService.class).changeCoveredAreas(List.of("iam")));
        as(
                t,
                worker,
                Roles.INTERVIEWER,
                () -> context.getBean(NotificationService.class).change(new NotificationPreferences(false)));
        PublicLink link = admin(
                t,
                () -> context.getBean(PublicLinkService.class)
                        .create(template.id(), new PublicLinkSettings(true, null, "Welcome to " + key)));
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.clearContext();
        try {
            context.getBean(SelfAssessmentService.class)
                    .submit(
                            link.token(),
                            new Respondent("Rita " + key, "Acme " + key, "rita@" + key + ".test", true),
                            JSON.readTree(
                                    "{\"has-dir\": {\"option\": \"no\", \"note\": \"self\"}, \"budget\": {\"option\": \"no\"}}"),
                            "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
        admin(t, () -> webhooks.test(hook.endpoint().id()));
    }

    <T> T admin(TestTenant t, Supplier<T> work) {
        return as(t, t.adminId(), Roles.TENANT_ADMIN, work);
    }

    /** Works as {@code user} of the tenant with {@code role}, as a request of theirs would. */
    static <T> T as(TestTenant t, String user, String role, Supplier<T> work) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(user, "n/a", Roles.authority(role)));
        try {
            return TenantContext.callAs(t.tenant().id(), user, work);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static byte[] miniIo(String key) {
        try (InputStream in = OffboardingFixture.class.getResourceAsStream("/templates/mini-io.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"key\": \"mini-io\"", "\"key\": \"" + key + "\"")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
