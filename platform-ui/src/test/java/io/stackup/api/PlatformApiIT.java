package io.stackup.api;

import static io.stackup.api.SettingsApiIT.json;
import static io.stackup.api.SettingsApiIT.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.support.StackupIntegrationTest;
import io.stackup.support.TestTenants;
import io.stackup.support.Tokens;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The platform operators' API (docs/spec/api.md, "Platform"), on a tenant of the test's own: the operator lists
 * tenants with their counts, suspends one with a required reason (audited in that tenant; its members' calls are then
 * 403 with the reason) and reactivates it; tenant members may not call it, and the operator reaches no tenant's data.
 */
@StackupIntegrationTest
class PlatformApiIT {

    @Autowired
    TenantDirectory directory;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    TestTenants.Made tenant;
    String operator;

    @BeforeEach
    void a_tenant_to_suspend() {
        tenant = TestTenants.ensure("suspend-api", "Suspend API Ltd", directory, members);
        operator = Tokens.accessToken("operator@stackup.test", "openid");
    }

    @Test
    void the_operator_lists_tenants_with_their_counts_and_searches_them() throws Exception {
        JsonNode page = json(send("GET", "/api/v1/platform/tenants?search=suspend-api", operator, null), 200);

        assertThat(page.get("total").asInt()).isOne();
        JsonNode listed = page.get("items").get(0);
        assertThat(listed.get("slug").asString()).isEqualTo("suspend-api");
        assertThat(listed.get("status").asString()).isEqualTo("active");
        assertThat(listed.get("members").asLong()).isEqualTo(2);
        assertThat(listed.get("interviews").asLong()).isZero();
        assertThat(listed.propertyNames()).doesNotContain("prospects", "leads");

        JsonNode all = json(send("GET", "/api/v1/platform/tenants?size=500", operator, null), 200);
        assertThat(all.get("items").valueStream().map(t -> t.get("slug").asString()))
                .contains("demo", "other", "suspend-api");
    }

    @Test
    void the_operator_suspends_with_a_reason_members_are_refused_with_it_and_reactivation_lets_them_back()
            throws Exception {
        String id = tenant.tenant().id().toString();
        String admin = Tokens.accessToken(tenant.admin(), "openid organization:suspend-api");
        assertThat(send("GET", "/api/v1/prospects", admin, null).statusCode()).isEqualTo(200);

        HttpResponse<String> noReason =
                send("POST", "/api/v1/platform/tenants/" + id + "/suspend", operator, "{\"reason\": \"  \"}");
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        assertThat(noReason.body()).contains("$.reason");

        JsonNode suspended = json(
                send(
                        "POST",
                        "/api/v1/platform/tenants/" + id + "/suspend",
                        operator,
                        "{\"reason\": \"Invoice 42 unpaid\"}"),
                200);
        assertThat(suspended.get("status").asString()).isEqualTo("suspended");
        assertThat(suspended.get("suspensionReason").asString()).isEqualTo("Invoice 42 unpaid");
        try {
            HttpResponse<String> refused = send("GET", "/api/v1/prospects", admin, null);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("tenant-suspended").contains("Invoice 42 unpaid");
            assertThat(send("POST", "/api/v1/platform/tenants/" + id + "/suspend", operator, "{\"reason\": \"x\"}")
                            .statusCode())
                    .isEqualTo(409);
        } finally {
            json(send("POST", "/api/v1/platform/tenants/" + id + "/reactivate", operator, null), 200);
        }
        assertThat(send("GET", "/api/v1/prospects", admin, null).statusCode()).isEqualTo(200);
        assertThat(send("POST", "/api/v1/platform/tenants/" + id + "/reactivate", operator, null)
                        .statusCode())
                .isEqualTo(409);

        List<Map<String, Object>> audit = TenantContext.callAs(
                tenant.tenant().id(),
                "test",
                () -> tx.execute(
                        status -> jdbc.queryForList("SELECT action, actor_label, details::text AS d FROM audit_event"
                                + " WHERE action LIKE 'tenant.%' ORDER BY at DESC LIMIT 2")));
        assertThat(audit)
                .extracting(row -> row.get("action"))
                .containsExactly("tenant.reactivated", "tenant.suspended");
        assertThat(audit.get(1).get("actor_label").toString())
                .contains("operator@stackup.test")
                .contains("platform operator");
        assertThat(audit.get(1).get("d").toString()).contains("Invoice 42 unpaid");
    }

    @Test
    void tenant_members_may_not_use_the_platform_api() throws Exception {
        String id = tenant.tenant().id().toString();
        for (String user : List.of("admin@demo.test", "interviewer@demo.test", "admin@other.test")) {
            String alias = user.endsWith("@other.test") ? "other" : "demo";
            String token = Tokens.accessToken(user, "openid organization:" + alias);
            assertThat(send("GET", "/api/v1/platform/tenants", token, null).statusCode())
                    .as(user)
                    .isEqualTo(403);
            assertThat(send("POST", "/api/v1/platform/tenants/" + id + "/suspend", token, "{\"reason\": \"x\"}")
                            .statusCode())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(directory.findById(tenant.tenant().id()).orElseThrow().isActive())
                .isTrue();
    }

    @Test
    void the_operator_reaches_no_tenants_interviews_prospects_leads_or_templates() throws Exception {
        for (String path : List.of(
                "/api/v1/interviews",
                "/api/v1/prospects",
                "/api/v1/leads",
                "/api/v1/leads.csv",
                "/api/v1/templates",
                "/api/v1/webhooks",
                "/api/v1/settings")) {
            HttpResponse<String> refused = send("GET", path, operator, null);
            assertThat(refused.statusCode()).as(path + ": " + refused.body()).isEqualTo(403);
        }
        assertThat(send("POST", "/api/v1/prospects", operator, "{\"name\": \"Sneaky\"}")
                        .statusCode())
                .isEqualTo(403);
    }
}
