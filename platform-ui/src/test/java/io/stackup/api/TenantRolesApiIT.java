package io.stackup.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.support.Memberships;
import io.stackup.support.SharedStack;
import io.stackup.support.StackupIntegrationTest;
import io.stackup.support.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API authorizes each call with the caller's roles in the token's tenant, read from their member row on every
 * call (docs/adr/0014-roles-per-tenant.md): the same person has different rights in two tenants, and a demotion or a
 * deactivation holds from the next call, with the same token.
 */
@StackupIntegrationTest
class TenantRolesApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An admin-only call: the tenant's webhook endpoints. */
    private static final String ADMIN_CALL = "/api/v1/webhooks";

    /** A call for every role. */
    private static final String MEMBER_CALL = "/api/v1/interviews";

    @Autowired
    TenantDirectory directory;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    Memberships memberships;

    @BeforeEach
    void memberships() {
        memberships = new Memberships(directory, members, jdbc, tx);
    }

    @Test
    void the_freelancer_is_tenant_admin_in_other_and_interviewer_in_demo() throws Exception {
        String inOther = Tokens.accessToken("freelancer@stackup.test", "openid organization:other");
        JsonNode me = JSON.readTree(get("/api/v1/me", inOther).body());
        assertThat(me.get("tenant").get("slug").asString()).isEqualTo("other");
        assertThat(me.get("roles").toString()).isEqualTo("[\"tenant-admin\"]");
        assertThat(get(ADMIN_CALL, inOther).statusCode()).isEqualTo(200);

        String inDemo = Tokens.accessToken("freelancer@stackup.test", "openid organization:demo");
        me = JSON.readTree(get("/api/v1/me", inDemo).body());
        assertThat(me.get("tenant").get("slug").asString()).isEqualTo("demo");
        assertThat(me.get("roles").toString()).isEqualTo("[\"interviewer\"]");
        HttpResponse<String> refused = get(ADMIN_CALL, inDemo);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(refused.body()).get("type").asString()).endsWith("/forbidden");
        assertThat(get(MEMBER_CALL, inDemo).statusCode()).isEqualTo(200);
    }

    @Test
    void the_token_carries_no_tenant_role_whatever_the_member_rows_say() {
        JsonNode claims = Tokens.claims(Tokens.accessToken("admin@demo.test", "openid organization:demo"));
        assertThat(claims.path("realm_access").path("roles").toString())
                .doesNotContain(Roles.TENANT_ADMIN)
                .doesNotContain(Roles.INTERVIEWER)
                .doesNotContain(Roles.EXPERT);
    }

    @Test
    void a_demoted_admin_is_refused_admin_calls_from_their_next_call_with_the_same_token() throws Exception {
        String person = memberships.newPerson("demoted", "demo");
        memberships.addMember("demo", person, Roles.TENANT_ADMIN);
        String token = Tokens.accessToken(person, "openid organization:demo");
        assertThat(get(ADMIN_CALL, token).statusCode()).isEqualTo(200);

        memberships.setRoles("demo", person, Roles.INTERVIEWER);

        assertThat(get(ADMIN_CALL, token).statusCode()).isEqualTo(403);
        assertThat(get(MEMBER_CALL, token).statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(get("/api/v1/me", token).body()).get("roles").toString())
                .isEqualTo("[\"interviewer\"]");

        memberships.setRoles("demo", person, Roles.TENANT_ADMIN, Roles.EXPERT);
        assertThat(get(ADMIN_CALL, token).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/leads", token).statusCode()).isEqualTo(200);
    }

    @Test
    void a_deactivated_member_is_refused_as_not_a_member_and_a_reactivated_one_works_again() throws Exception {
        String person = memberships.newPerson("deactivated", "demo");
        memberships.addMember("demo", person, Roles.INTERVIEWER);
        String token = Tokens.accessToken(person, "openid organization:demo");
        assertThat(get(MEMBER_CALL, token).statusCode()).isEqualTo(200);

        memberships.setActive("demo", person, false);

        for (String path : new String[] {MEMBER_CALL, "/api/v1/me", ADMIN_CALL}) {
            HttpResponse<String> refused = get(path, token);
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            JsonNode problem = JSON.readTree(refused.body());
            assertThat(problem.get("type").asString()).isEqualTo("https://stackup.io/problems/not-a-member");
            assertThat(problem.get("detail").asString())
                    .contains("Demo Partners Ltd")
                    .contains("Ask an admin");
        }

        memberships.setActive("demo", person, true);
        assertThat(get(MEMBER_CALL, token).statusCode()).isEqualTo(200);
    }

    @Test
    void a_member_of_the_organization_without_a_member_row_or_without_roles_has_no_access() throws Exception {
        String person = memberships.newPerson("stranger", "demo");
        String token = Tokens.accessToken(person, "openid organization:demo");
        assertThat(Tokens.claims(token).path("organization").has("demo")).isTrue();

        HttpResponse<String> refused = get("/api/v1/me", token);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(refused.body()).get("type").asString()).endsWith("/not-a-member");

        memberships.addMember("demo", person);
        assertThat(get("/api/v1/me", token).statusCode()).isEqualTo(403);
    }

    @Test
    void a_platform_operators_role_still_comes_from_the_token() throws Exception {
        String operator = Tokens.accessToken("operator@stackup.test", "openid");
        assertThat(get("/actuator/prometheus", operator).statusCode()).isEqualTo(200);
        JsonNode me = JSON.readTree(get("/api/v1/me", operator).body());
        assertThat(me.get("roles").toString()).isEqualTo("[\"platform-operator\"]");
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(SharedStack.appUrl() + path))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
