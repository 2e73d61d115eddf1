package io.stackup.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.support.SharedStack;
import io.stackup.support.StackupIntegrationTest;
import io.stackup.support.TestTenants;
import io.stackup.support.Tokens;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Members through the API (docs/spec/api.md, "Members"): the paged, searchable list; invitations with problems at
 * their field (422), resend and revoke; roles, with the last admin kept (409 {@code last-admin}); deactivation and
 * reactivation; an expert's areas. Another tenant's admin finds none of it (404, and an empty search), and an
 * interviewer is refused (403).
 */
@StackupIntegrationTest
class MemberApiIT {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    final String unique = UUID.randomUUID().toString().substring(0, 8);
    String admin;
    String otherAdmin;

    @Autowired
    TenantDirectory directory;

    @Autowired
    MemberService members;

    @BeforeEach
    void tokens() {
        admin = Tokens.accessToken("admin@demo.test", "openid organization:demo");
        otherAdmin = Tokens.accessToken("admin@other.test", "openid organization:other");
    }

    @Test
    void an_admin_lists_and_searches_the_members_with_their_roles_and_status() throws Exception {
        JsonNode page = json(send("GET", "/api/v1/members?search=" + enc("interviewer@demo"), admin, null), 200);

        assertThat(page.get("total").asInt()).isOne();
        JsonNode member = page.get("items").get(0);
        assertThat(member.get("email").asString()).isEqualTo("interviewer@demo.test");
        assertThat(member.get("status").asString()).isEqualTo("active");
        assertThat(member.get("roles").toString()).contains("interviewer");
        assertThat(send("GET", "/api/v1/members?size=0", admin, null).statusCode())
                .isEqualTo(400);
    }

    @Test
    void an_invitation_that_does_not_fit_is_422_naming_each_field() throws Exception {
        JsonNode problem = json(
                send("POST", "/api/v1/members/invitations", admin, "{\"email\": \"nope\", \"roles\": [\"owner\"]}"),
                422);

        assertThat(problem.get("type").asString()).endsWith("invalid-member-change");
        assertThat(paths(problem)).containsExactly("$.email", "$.roles");
        JsonNode already = json(
                send(
                        "POST",
                        "/api/v1/members/invitations",
                        admin,
                        "{\"email\": \"Interviewer@demo.test\", \"roles\": [\"expert\"]}"),
                422);
        assertThat(already.get("errors").get(0).get("message").asString())
                .isEqualTo("is already a member of this workspace");
        assertThat(paths(json(send("POST", "/api/v1/members/invitations", admin, "{}"), 422)))
                .containsExactly("$.email", "$.roles");
    }

    @Test
    void an_invitation_is_created_resent_deactivated_reactivated_and_revoked() throws Exception {
        String email = "api-" + unique + "@invited.test";
        JsonNode invited = json(
                send(
                        "POST",
                        "/api/v1/members/invitations",
                        admin,
                        "{\"email\": \"" + email + "\", \"name\": \"Api Invitee\", \"roles\": [\"interviewer\"]}"),
                201);
        assertThat(invited.get("newAccount").asBoolean()).isTrue();
        assertThat(invited.get("mailSent").asBoolean()).isTrue();
        JsonNode member = invited.get("member");
        assertThat(member.get("status").asString()).isEqualTo("invited");
        assertThat(member.get("invitedAt").isNull()).isFalse();
        String id = member.get("id").asString();

        assertThat(json(send("POST", "/api/v1/members/" + id + "/invitation", admin, null), 200)
                        .get("mailSent")
                        .asBoolean())
                .isTrue();
        assertThat(json(send("POST", "/api/v1/members/" + id + "/deactivate", admin, null), 200)
                        .get("status")
                        .asString())
                .isEqualTo("deactivated");
        JsonNode notPending = json(send("DELETE", "/api/v1/members/" + id + "/invitation", admin, null), 409);
        assertThat(notPending.get("detail").asString()).contains("Reactivate them instead");
        assertThat(json(send("POST", "/api/v1/members/" + id + "/reactivate", admin, null), 200)
                        .get("status")
                        .asString())
                .isEqualTo("invited");
        assertThat(paths(json(send("PUT", "/api/v1/members/" + id + "/roles", admin, "{\"roles\": []}"), 422)))
                .containsExactly("$.roles");
        assertThat(json(send("PUT", "/api/v1/members/" + id + "/roles", admin, "{\"roles\": [\"expert\"]}"), 200)
                        .get("roles")
                        .toString())
                .isEqualTo("[\"expert\"]");
        assertThat(json(send("PUT", "/api/v1/members/" + id + "/areas", admin, "[\"iam\", \"cloud\"]"), 200)
                        .toString())
                .isEqualTo("[\"cloud\",\"iam\"]");

        assertThat(send("DELETE", "/api/v1/members/" + id + "/invitation", admin, null)
                        .statusCode())
                .isEqualTo(204);
        assertThat(send("GET", "/api/v1/members/" + id, admin, null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void the_last_active_admin_can_be_neither_demoted_nor_deactivated() throws Exception {
        // A tenant of its own: the shared demo tenant has other admins whenever other test classes add them.
        String slug = "lastadmin-" + unique;
        TestTenants.Made made = TestTenants.ensure(slug, "Last Admin " + unique, directory, members);
        String only = Tokens.accessToken(made.admin(), "openid organization:" + slug);
        String me = json(send("GET", "/api/v1/members?search=" + enc(made.admin()), only, null), 200)
                .get("items")
                .get(0)
                .get("id")
                .asString();

        JsonNode demoted =
                json(send("PUT", "/api/v1/members/" + me + "/roles", only, "{\"roles\": [\"expert\"]}"), 409);
        JsonNode deactivated = json(send("POST", "/api/v1/members/" + me + "/deactivate", only, null), 409);

        assertThat(demoted.get("type").asString()).endsWith("last-admin");
        assertThat(demoted.get("detail").asString())
                .contains("last active admin")
                .contains("Make someone else admin first");
        assertThat(deactivated.get("type").asString()).endsWith("last-admin");
    }

    @Test
    void another_tenants_admin_finds_no_member_of_this_tenant_and_an_interviewer_is_refused() throws Exception {
        String email = "hidden-" + unique + "@invited.test";
        String id = json(
                        send(
                                "POST",
                                "/api/v1/members/invitations",
                                admin,
                                "{\"email\": \"" + email + "\", \"roles\": [\"expert\"]}"),
                        201)
                .get("member")
                .get("id")
                .asString();
        String demoAdmin = json(send("GET", "/api/v1/members?search=" + enc("admin@demo.test"), admin, null), 200)
                .get("items")
                .get(0)
                .get("id")
                .asString();

        JsonNode theirs = json(send("GET", "/api/v1/members?size=500", otherAdmin, null), 200);
        assertThat(theirs.get("items").toString()).doesNotContain("demo.test").doesNotContain(email);
        assertThat(json(send("GET", "/api/v1/members?search=" + enc(email), otherAdmin, null), 200)
                        .get("total")
                        .asInt())
                .isZero();
        for (String target : List.of(id, demoAdmin)) {
            String base = "/api/v1/members/" + target;
            assertThat(send("GET", base, otherAdmin, null).statusCode()).isEqualTo(404);
            assertThat(send("POST", base + "/invitation", otherAdmin, null).statusCode())
                    .isEqualTo(404);
            assertThat(send("DELETE", base + "/invitation", otherAdmin, null).statusCode())
                    .isEqualTo(404);
            assertThat(send("PUT", base + "/roles", otherAdmin, "{\"roles\": [\"expert\"]}")
                            .statusCode())
                    .isEqualTo(404);
            assertThat(send("POST", base + "/deactivate", otherAdmin, null).statusCode())
                    .isEqualTo(404);
            assertThat(send("POST", base + "/reactivate", otherAdmin, null).statusCode())
                    .isEqualTo(404);
            assertThat(send("GET", base + "/areas", otherAdmin, null).statusCode())
                    .isEqualTo(404);
            assertThat(send("PUT", base + "/areas", otherAdmin, "[]").statusCode())
                    .isEqualTo(404);
        }
        assertThat(json(send("GET", "/api/v1/members/" + id, admin, null), 200)
                        .get("status")
                        .asString())
                .isEqualTo("invited");

        String interviewer = Tokens.accessToken("interviewer@demo.test", "openid organization:demo");
        assertThat(send("GET", "/api/v1/members", interviewer, null).statusCode())
                .isEqualTo(403);
        assertThat(send(
                                "POST",
                                "/api/v1/members/invitations",
                                interviewer,
                                "{\"email\": \"x-" + unique + "@invited.test\", \"roles\": [\"tenant-admin\"]}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(send("DELETE", "/api/v1/members/" + id + "/invitation", admin, null)
                        .statusCode())
                .isEqualTo(204);
    }

    private static List<String> paths(JsonNode problem) {
        List<String> paths = new ArrayList<>();
        problem.get("errors").forEach(e -> paths.add(e.get("path").asString()));
        return paths;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SharedStack.appUrl() + path))
                .header("Authorization", "Bearer " + token)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
