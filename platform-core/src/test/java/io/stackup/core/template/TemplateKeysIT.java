package io.stackup.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.interview.InterviewAssignmentService;
import io.stackup.core.interview.NewInterview;
import io.stackup.core.prospect.ProspectDraft;
import io.stackup.core.prospect.ProspectId;
import io.stackup.core.prospect.ProspectService;
import io.stackup.core.support.CoreIntegrationTest;
import io.stackup.core.template.document.TemplateReader;
import io.stackup.core.tenancy.MemberLogin;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
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
import tools.jackson.databind.node.ObjectNode;

/**
 * The template list grouped by key on real PostgreSQL: one line per key with its latest version, its version count
 * and its interview count; one key's versions with each one's interview count; search by name or key; another
 * tenant's keys stay invisible.
 */
@CoreIntegrationTest
class TemplateKeysIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TemplateService templates;

    @Autowired
    InterviewAssignmentService assignments;

    @Autowired
    ProspectService prospects;

    @Autowired
    MemberService members;

    @Autowired
    TenantDirectory directory;

    Tenant a;
    Tenant b;
    String key;
    String other;
    TemplateId v1;
    TemplateId v2;
    TemplateId v3;

    @BeforeEach
    void three_versions_of_one_key_and_one_of_another() throws IOException {
        a = register("ka");
        b = register("kb");
        for (Tenant t : new Tenant[] {a, b}) {
            member(t, "admin", Roles.TENANT_ADMIN);
            member(t, "ivan", Roles.INTERVIEWER);
        }
        key = "keys-" + UUID.randomUUID().toString().substring(0, 8);
        other = "other-" + UUID.randomUUID().toString().substring(0, 8);
        v1 = publish(a, key, "1.0.0", "Zeta maturity");
        v2 = publish(a, key, "1.1.0", "Zeta maturity");
        v3 = publish(a, key, "2.0.0", "Zeta maturity");
        publish(a, other, "1.0.0", "Alpha check");
        publish(b, key, "9.0.0", "Other tenant");
        ProspectId acme = as(a, () -> prospects.create(new ProspectDraft("Acme", null, null, null, null, null)))
                .id();
        assign(v1, acme);
        assign(v3, acme);
        assign(v3, acme);
    }

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void each_key_is_one_line_with_its_latest_version_and_its_version_and_interview_counts() {
        List<TemplateKeySummary> page = as(a, () -> templates.keys("", 0, 50));

        assertThat(page).extracting(TemplateKeySummary::key).containsExactly(other, key);
        TemplateKeySummary zeta = page.get(1);
        assertThat(zeta.latestId()).isEqualTo(v3);
        assertThat(zeta.latestVersion()).isEqualTo("2.0.0");
        assertThat(zeta.latestStatus()).isEqualTo(TemplateStatus.PUBLISHED);
        assertThat(zeta.name()).isEqualTo("Zeta maturity");
        assertThat(zeta.versions()).isEqualTo(3);
        assertThat(zeta.interviews()).isEqualTo(3);
        assertThat(page.get(0).versions()).isEqualTo(1);
        assertThat(page.get(0).interviews()).isZero();
        assertThat(as(a, () -> templates.countKeys(""))).isEqualTo(2);
    }

    @Test
    void a_keys_versions_come_newest_first_each_with_its_own_interview_count() {
        List<TemplateVersionSummary> versions = as(a, () -> templates.versions(key));

        assertThat(versions).extracting(v -> v.version().id()).containsExactly(v3, v2, v1);
        assertThat(versions).extracting(TemplateVersionSummary::interviews).containsExactly(2, 0, 1);
    }

    @Test
    void search_matches_the_name_or_the_key_and_pages_count_keys_not_versions() {
        assertThat(as(a, () -> templates.keys("zeta", 0, 50)))
                .extracting(TemplateKeySummary::key)
                .containsExactly(key);
        assertThat(as(a, () -> templates.keys(other.substring(0, 10), 0, 50)))
                .extracting(TemplateKeySummary::key)
                .containsExactly(other);
        assertThat(as(a, () -> templates.countKeys("zeta"))).isEqualTo(1);
        assertThat(as(a, () -> templates.keys("", 1, 1)))
                .extracting(TemplateKeySummary::key)
                .containsExactly(key);
    }

    @Test
    void another_tenants_versions_and_interviews_stay_invisible() {
        List<TemplateKeySummary> page = as(b, () -> templates.keys("", 0, 50));

        assertThat(page).singleElement().satisfies(line -> {
            assertThat(line.key()).isEqualTo(key);
            assertThat(line.latestVersion()).isEqualTo("9.0.0");
            assertThat(line.versions()).isEqualTo(1);
            assertThat(line.interviews()).isZero();
        });
        assertThat(as(b, () -> templates.versions(key))).hasSize(1);
        assertThat(as(b, () -> templates.versions(other))).isEmpty();
    }

    private void assign(TemplateId template, ProspectId prospect) {
        as(a, () -> assignments.assign(new NewInterview(template, prospect, "ivan@example.test", Map.of(), null)));
    }

    private TemplateId publish(Tenant tenant, String key, String version, String name) throws IOException {
        ObjectNode document;
        try (InputStream in = getClass().getResourceAsStream("/io/stackup/core/template/mini-io.json")) {
            document = (ObjectNode) JSON.readTree(in);
        }
        document.put("key", key);
        document.put("version", version);
        document.put("name", name);
        byte[] bytes = JSON.writeValueAsBytes(document);
        return as(tenant, () -> templates.importDocument(bytes, TemplateReader.Syntax.JSON, true, false))
                .id();
    }

    private void member(Tenant tenant, String name, String role) {
        TenantContext.callAs(
                tenant.id(),
                "test",
                () -> members.ensureMember(new MemberLogin(
                        "kc-" + name + "-" + tenant.slug(), name + "@example.test", name, Set.of(role))));
    }

    private <T> T as(Tenant tenant, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("admin", "n/a", Roles.authority(Roles.TENANT_ADMIN)));
        try {
            return TenantContext.callAs(tenant.id(), "kc-admin-" + tenant.slug(), work);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private Tenant register(String prefix) {
        String unique = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return directory.register(unique, "Tenant " + unique, "org-" + unique);
    }
}
