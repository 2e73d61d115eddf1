package io.stackup.tenantadmin.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackup.deploy.KeycloakServer;
import io.stackup.deploy.RunningKeycloak;
import io.stackup.deploy.TestServices;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link KeycloakIdentityAdmin} on a real Keycloak with Stackup's realm imported: the {@link IdentityAdminContract},
 * and what only tokens show, that the users, roles, memberships and the password grant client it makes give the
 * tokens Stackup relies on.
 */
class KeycloakIdentityAdminIT extends IdentityAdminContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static RunningKeycloak keycloak;
    private static KeycloakIdentityAdmin admin;

    @BeforeAll
    static void startKeycloak() {
        Path cache = Path.of(System.getProperty("stackup.cache", System.getProperty("user.home") + "/.cache/stackup"));
        keycloak = TestServices.useContainers()
                ? TestServices.containerKeycloak(Map.of())
                : KeycloakServer.start(KeycloakServer.Options.inMemory(cache));
        admin = new KeycloakIdentityAdmin(
                keycloak.baseUrl(), KeycloakServer.REALM, KeycloakServer.ADMIN_USERNAME, keycloak.adminPassword());
    }

    @AfterAll
    static void stopKeycloak() {
        if (admin != null) {
            admin.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Override
    IdentityAdmin admin() {
        return admin;
    }

    @Test
    void a_member_gets_a_token_naming_the_organization_and_the_role_from_the_password_grant_client() {
        String organization = admin.ensureOrganization(alias(), "Token Partners", alias() + ".test");
        String user = admin.ensureUser(email("tia"), "Tia", "Token", "Secret-123-long");
        admin.grantRealmRoles(user, "platform-operator");
        admin.addOrganizationMember(organization, user);
        admin.ensurePasswordGrantClient(KeycloakIdentityAdmin.CLI_CLIENT);
        admin.ensurePasswordGrantClient(KeycloakIdentityAdmin.CLI_CLIENT);

        JsonNode token = passwordGrant(email("tia"), "Secret-123-long", "openid organization:" + alias());

        assertThat(token.path("sub").asString()).isEqualTo(user);
        assertThat(strings(token.path("aud"))).contains("stackup-api");
        assertThat(strings(token.path("realm_access").path("roles"))).contains("platform-operator");
        assertThat(token.path("organization").path(alias()).path("id").asString())
                .isEqualTo(organization);
    }

    @Test
    void a_user_ensured_again_logs_in_with_the_new_password_and_has_the_new_names() {
        admin.ensurePasswordGrantClient(KeycloakIdentityAdmin.CLI_CLIENT);
        admin.ensureUser(email("pat"), "Pat", "Old", "Old-Secret-1-long");
        admin.ensureUser(email("pat"), "Pat", "New", "New-Secret-2-long");

        JsonNode token = passwordGrant(email("pat"), "New-Secret-2-long", "openid profile email");

        assertThat(token.path("family_name").asString()).isEqualTo("New");
        assertThat(token.path("email_verified").asBoolean()).isTrue();
        assertThat(tokenResponse(email("pat"), "Old-Secret-1-long", "openid").statusCode())
                .isEqualTo(401);
    }

    @Test
    void the_password_grant_client_is_public_with_direct_grants_only_and_the_organization_scope() {
        admin.ensurePasswordGrantClient(KeycloakIdentityAdmin.CLI_CLIENT);

        ClientRepresentation client =
                admin.findClient(KeycloakIdentityAdmin.CLI_CLIENT).orElseThrow();

        assertThat(client.isPublicClient()).isTrue();
        assertThat(client.isDirectAccessGrantsEnabled()).isTrue();
        assertThat(client.isStandardFlowEnabled()).isFalse();
        assertThat(client.getOptionalClientScopes()).contains("organization");
        assertThat(client.getProtocolMappers())
                .extracting(m -> m.getProtocolMapper())
                .contains("oidc-audience-mapper");
    }

    @Test
    void a_member_added_twice_is_counted_once() {
        String organization = admin.ensureOrganization(alias(), "Count Ltd", null);
        String user = admin.ensureUser(email("cy"), "Cy", "Count", "Secret-123-long");

        admin.addOrganizationMember(organization, user);
        admin.addOrganizationMember(organization, user);

        assertThat(admin.organizationMemberCount(organization)).isOne();
    }

    @Test
    void a_wrong_admin_password_fails_with_keycloaks_status() {
        try (KeycloakIdentityAdmin wrong = new KeycloakIdentityAdmin(
                keycloak.baseUrl(), KeycloakServer.REALM, KeycloakServer.ADMIN_USERNAME, "not-the-password")) {
            assertThatThrownBy(() -> wrong.findUserId("anyone@contract.test"))
                    .isInstanceOfSatisfying(
                            IdentityAdminException.class,
                            e -> assertThat(e.status()).isEqualTo(401));
        }
    }

    // members

    /**
     * Assignments go by e-mail address, so a user must not change theirs unverified: the realm's user profile lets only
     * admins edit it. Through Keycloak's own account API (as its account console calls it), a user may change their
     * name but a change of their e-mail address is refused, and the address stays.
     */
    @Test
    void a_user_cannot_change_their_own_email_address_but_can_change_their_name() throws Exception {
        String user = admin.ensureUser(email("uma"), "Uma", "User", "Secret-Pass-123");
        admin.ensurePasswordGrantClient(KeycloakIdentityAdmin.CLI_CLIENT);
        HttpResponse<String> login = tokenResponse(email("uma"), "Secret-Pass-123", "openid");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        String token = JSON.readTree(login.body()).path("access_token").asString();

        HttpResponse<String> renamed = account(token, email("uma"), email("uma"), "Uma", "Renamed");
        HttpResponse<String> readdressed = account(token, email("uma"), email("other-uma"), "Uma", "Renamed");

        assertThat(renamed.statusCode()).as(renamed.body()).isBetween(200, 204);
        assertThat(readdressed.statusCode()).as(readdressed.body()).isEqualTo(400);
        assertThat(admin.findUserIdByEmail(email("uma"))).contains(user);
        assertThat(admin.findUserIdByEmail(email("other-uma"))).isEmpty();
    }

    private static HttpResponse<String> account(
            String token, String username, String email, String firstName, String lastName)
            throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of(
                "username", username,
                "email", email,
                "firstName", firstName,
                "lastName", lastName));
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(keycloak.issuerUri() + "/account/"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode passwordGrant(String username, String password, String scope) {
        HttpResponse<String> response = tokenResponse(username, password, scope);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String jwt = JSON.readTree(response.body()).path("access_token").asString();
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> tokenResponse(String username, String password, String scope) {
        String form = Map.of(
                        "grant_type", "password",
                        "client_id", KeycloakIdentityAdmin.CLI_CLIENT,
                        "username", username,
                        "password", password,
                        "scope", scope)
                .entrySet()
                .stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(keycloak.issuerUri() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(value -> values.add(value.asString()));
        } else if (!node.isMissingNode()) {
            values.add(node.asString());
        }
        return values;
    }
}
