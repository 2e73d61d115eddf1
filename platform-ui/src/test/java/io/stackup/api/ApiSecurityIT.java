package io.stackup.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.support.ExtraUsers;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API takes the tenant from the token's one organization, and from nowhere else. */
@StackupIntegrationTest
class ApiSecurityIT {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TenantDirectory directory;

    @BeforeEach
    void extraUsers() {
        ExtraUsers.ensure(directory);
    }

    @Test
    void a_call_without_a_token_is_unauthorized_with_a_problem() throws Exception {
        HttpResponse<String> response = get("/api/v1/me", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("Bearer");
    }

    @Test
    void a_token_of_one_organization_works_in_that_tenant_with_its_roles() throws Exception {
        JsonNode me = ok(get("/api/v1/me", Tokens.accessToken("admin@demo.test", "openid organization:demo")));
        assertThat(me.get("tenant").get("slug").asString()).isEqualTo("demo");
        assertThat(me.get("email").asString()).isEqualTo("admin@demo.test");
        assertThat(me.get("roles").toString()).contains("tenant-admin").doesNotContain("interviewer");
    }

    @Test
    void a_member_of_two_tenants_works_in_the_one_the_token_names() throws Exception {
        JsonNode me = ok(get("/api/v1/me", Tokens.accessToken("freelancer@stackup.test", "openid organization:other")));
        assertThat(me.get("tenant").get("slug").asString()).isEqualTo("other");
    }

    @Test
    void a_token_naming_two_organizations_is_refused_as_ambiguous() throws Exception {
        String token = Tokens.accessToken("freelancer@stackup.test", "openid organization:*");
        assertThat(Tokens.claims(token).get("organization").size()).isEqualTo(2);
        HttpResponse<String> response = get("/api/v1/me", token);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("ambiguous");
    }

    @Test
    void an_organization_without_a_tenant_and_a_suspended_tenant_are_refused_with_reasons() throws Exception {
        HttpResponse<String> ghost =
                get("/api/v1/me", Tokens.accessToken(ExtraUsers.GHOST, "openid organization:nowhere"));
        assertThat(ghost.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(ghost.body()).get("detail").asString()).contains("not set up in Stackup");

        HttpResponse<String> paused =
                get("/api/v1/me", Tokens.accessToken(ExtraUsers.PAUSED, "openid organization:paused"));
        assertThat(paused.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(paused.body()).get("detail").asString()).contains("suspended");
    }

    @Test
    void a_platform_operator_without_organization_is_not_bound_to_any_tenant() throws Exception {
        JsonNode me = ok(get("/api/v1/me", Tokens.accessToken("operator@stackup.test", "openid")));
        assertThat(me.get("tenant").isNull()).isTrue();
        assertThat(me.get("roles").toString()).contains("platform-operator");
    }

    @Test
    void a_token_of_another_issuer_is_rejected() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(SharedStack.keycloak().baseUrl() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin"
                        + "&password=" + SharedStack.keycloak().adminPassword()))
                .build();
        String masterToken = JSON.readTree(
                        HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body())
                .get("access_token")
                .asString();
        assertThat(get("/api/v1/me", masterToken).statusCode()).isEqualTo(401);
    }

    @Test
    void health_is_open_metrics_need_a_platform_operator_and_other_actuator_endpoints_are_closed() throws Exception {
        assertThat(get("/actuator/health/readiness", null).body()).contains("UP");
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus", null).statusCode()).isIn(401, 404);
        String admin = Tokens.accessToken("admin@demo.test", "openid organization:demo");
        assertThat(get("/actuator/prometheus", admin).statusCode()).isEqualTo(403);
        String operator = Tokens.accessToken("operator@stackup.test", "openid");
        assertThat(get("/actuator/prometheus", operator).body()).contains("jvm_memory_used_bytes");
        assertThat(get("/actuator/env", null).statusCode()).isIn(401, 403, 404);
    }

    static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SharedStack.appUrl() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
