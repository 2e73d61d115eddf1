package io.stackup.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackup.core.interview.InterviewAssignmentService;
import io.stackup.core.interview.InterviewId;
import io.stackup.core.interview.InterviewNotFoundException;
import io.stackup.core.interview.InterviewService;
import io.stackup.core.interview.NewInterview;
import io.stackup.core.prospect.ProspectDraft;
import io.stackup.core.prospect.ProspectId;
import io.stackup.core.prospect.ProspectService;
import io.stackup.core.report.Comparison.CapabilityChange;
import io.stackup.core.report.Comparison.Movement;
import io.stackup.core.report.Comparison.Presence;
import io.stackup.core.support.CoreIntegrationTest;
import io.stackup.core.template.TemplateId;
import io.stackup.core.template.TemplateService;
import io.stackup.core.template.document.TemplateReader;
import io.stackup.core.tenancy.MemberLogin;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Re-assessment on real PostgreSQL: a prospect interviewed with version 1 and again with version 2 of a template, one
 * capability in each version only, compared capability by capability.
 */
@CoreIntegrationTest
class ComparisonsIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Comparisons comparisons;

    @Autowired
    InterviewService interviews;

    @Autowired
    InterviewAssignmentService assignments;

    @Autowired
    TemplateService templates;

    @Autowired
    ProspectService prospects;

    @Autowired
    MemberService members;

    @Autowired
    TenantDirectory directory;

    Tenant a;
    Tenant b;
    ProspectId acme;
    InterviewId first;
    InterviewId second;

    @BeforeEach
    void a_prospect_interviewed_with_two_versions() throws IOException {
        a = register("ca");
        b = register("cb");
        for (Tenant t : new Tenant[] {a, b}) {
            member(t, "admin", Roles.TENANT_ADMIN);
            member(t, "ivan", Roles.INTERVIEWER);
        }
        String key = "cmp-" + UUID.randomUUID().toString().substring(0, 8);
        TemplateId v1 = publish(key, "1.0.0", "legacy", "Legacy mainframe");
        TemplateId v2 = publish(key, "2.0.0", "mfa", "Multi-factor sign-in");
        acme = as(a, "admin", () -> prospects.create(new ProspectDraft("Acme", null, null, null, null, null)))
                .id();
        first = completed(v1, acme, Map.of("has-dir", "{\"option\": \"no\"}", "budget", "{\"option\": \"yes\"}"));
        second = completed(
                v2,
                acme,
                Map.of(
                        "has-dir", "{\"option\": \"yes\"}",
                        "provisioning", "{\"option\": \"manual\"}",
                        "budget", "{\"option\": \"no\"}"));
    }

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void capabilities_are_matched_by_key_and_those_of_one_version_only_are_shown_as_such() {
        Comparison comparison = as(a, "admin", () -> comparisons.compare(first, second));

        assertThat(comparison.before().templateVersion()).isEqualTo("1.0.0");
        assertThat(comparison.after().templateVersion()).isEqualTo("2.0.0");
        assertThat(comparison.overallBefore().levelName()).isEqualTo("Basic");
        assertThat(comparison.overallAfter().levelName()).isEqualTo("Standardized");
        assertThat(comparison.capabilities())
                .extracting(CapabilityChange::key, CapabilityChange::presence)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("directory", Presence.BOTH),
                        org.assertj.core.groups.Tuple.tuple("mfa", Presence.ONLY_AFTER),
                        org.assertj.core.groups.Tuple.tuple("legacy", Presence.ONLY_BEFORE));
        CapabilityChange directory = comparison.capabilities().getFirst();
        assertThat(directory.before().level()).isEqualTo("basic");
        assertThat(directory.after().level()).isEqualTo("standardized");
        assertThat(directory.movement()).isEqualTo(Movement.UP);
        assertThat(directory.targetName()).isEqualTo("Rationalized");
        assertThat(directory.gapAfter()).isEqualTo(1);
        assertThat(directory.blockers())
                .as("no recommendation leads to rationalized")
                .isEmpty();
        assertThat(comparison.capabilities().get(1).movement()).isEqualTo(Movement.NOT_COMPARABLE);
        assertThat(comparison.capabilities().get(2).after().level()).isNull();
    }

    @Test
    void what_still_blocks_is_the_next_step_of_the_later_roadmap_no_spend_first() {
        Comparison backwards = as(a, "ivan", () -> comparisons.compare(second, first));

        CapabilityChange directory = backwards.capabilities().getFirst();
        assertThat(directory.movement()).isEqualTo(Movement.DOWN);
        assertThat(directory.blockers())
                .containsExactly("Written joiner/leaver process", "One directory for authentication");
    }

    @Test
    void the_previous_interview_is_the_latest_completed_before_this_one() {
        assertThat(as(a, "admin", () -> comparisons.previous(second))).contains(first);
        assertThat(as(a, "admin", () -> comparisons.previous(first))).isEmpty();
    }

    @Test
    void interviews_of_another_prospect_or_the_same_one_twice_are_refused_and_another_tenant_finds_neither() {
        ProspectId other = as(
                        a, "admin", () -> prospects.create(new ProspectDraft("Other", null, null, null, null, null)))
                .id();
        InterviewId elsewhere = as(
                        a,
                        "admin",
                        () -> assignments.assign(new NewInterview(
                                interviews.get(first).template(), other, "ivan@example.test", Map.of(), null)))
                .id();

        assertThatThrownBy(() -> as(a, "admin", () -> comparisons.compare(first, elsewhere)))
                .isInstanceOf(ComparisonException.class)
                .hasMessageContaining("another prospect");
        assertThatThrownBy(() -> as(a, "admin", () -> comparisons.compare(first, first)))
                .isInstanceOf(ComparisonException.class);
        assertThatThrownBy(() -> as(b, "admin", () -> comparisons.compare(first, second)))
                .isInstanceOf(InterviewNotFoundException.class);
        assertThatThrownBy(() -> as(b, "admin", () -> comparisons.previous(second)))
                .isInstanceOf(InterviewNotFoundException.class);
    }

    private InterviewId completed(TemplateId template, ProspectId prospect, Map<String, String> answers) {
        InterviewId id = as(
                        a,
                        "admin",
                        () -> assignments.assign(
                                new NewInterview(template, prospect, "ivan@example.test", Map.of(), null)))
                .id();
        as(a, "ivan", () -> {
            answers.forEach((question, answer) -> interviews.answer(id, question, JSON.readTree(answer)));
            return interviews.complete(id);
        });
        return id;
    }

    /** mini-io with one more capability (no question: never assessed) that only this version has. */
    private TemplateId publish(String key, String version, String extraKey, String extraName) throws IOException {
        ObjectNode document;
        try (InputStream in = getClass().getResourceAsStream("/io/stackup/core/template/mini-io.json")) {
            document = (ObjectNode) JSON.readTree(in);
        }
        document.put("key", key);
        document.put("version", version);
        ArrayNode capabilities = (ArrayNode) document.get("areas").get(0).get("capabilities");
        capabilities.addObject().put("key", extraKey).put("name", extraName);
        byte[] bytes = JSON.writeValueAsBytes(document);
        return as(a, "admin", () -> templates.importDocument(bytes, TemplateReader.Syntax.JSON, true, false))
                .id();
    }

    private void member(Tenant tenant, String name, String role) {
        TenantContext.callAs(
                tenant.id(),
                "test",
                () -> members.ensureMember(new MemberLogin(
                        "kc-" + name + "-" + tenant.slug(), name + "@example.test", name, Set.of(role))));
    }

    private <T> T as(Tenant tenant, String user, Supplier<T> work) {
        String role = user.equals("admin") ? Roles.TENANT_ADMIN : Roles.INTERVIEWER;
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(user, "n/a", Roles.authority(role)));
        try {
            return TenantContext.callAs(tenant.id(), "kc-" + user + "-" + tenant.slug(), work);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private Tenant register(String prefix) {
        String unique = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return directory.register(unique, "Tenant " + unique, "org-" + unique);
    }
}
