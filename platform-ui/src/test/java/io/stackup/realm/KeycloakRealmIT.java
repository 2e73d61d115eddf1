package io.stackup.realm;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.tenancy.Roles;
import io.stackup.deploy.RunningKeycloak;
import io.stackup.support.SharedStack;
import io.stackup.tenantadmin.identity.KeycloakIdentityAdmin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * On the test run's Keycloak (the production realm, imported at start), checks the tokens Stackup relies on: the audience, the platform's realm role and
 * the {@code organization} claim with the organizations' ids, for the scope values the web UI and the API use.
 */
class KeycloakRealmIT {

    private static final String PASSWORD = "Secret-123-long";
    private static final String ALICE = "alice@demo.example.com"; // in demo and other
    private static final String BOB = "bob@demo.example.com"; // in demo only, platform-operator
    private static final String WEB_SECRET = "stackup-web-secret"; // the default of ${STACKUP_WEB_CLIENT_SECRET:...}
    private static final String WEB_REDIRECT = SharedStack.appUrl() + "/login/oauth2/code/keycloak";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static RunningKeycloak server;
    private static KeycloakIdentityAdmin admin;
    private static String demoId;
    private static String otherId;

    @BeforeAll
    static void startKeycloakWithDemoData() {
        server = SharedStack.keycloak();
        admin = SharedStack.keycloakAdmin();
        demoId = admin.ensureOrganization("demo", "Demo", "demo.example.com");
        otherId = admin.ensureOrganization("other", "Other", "other.example.com");
        String alice = admin.ensureUser(ALICE, "Alice", "Anders", PASSWORD);
        String bob = admin.ensureUser(BOB, "Bob", "Berg", PASSWORD);
        admin.addOrganizationMember(demoId, alice);
        admin.addOrganizationMember(otherId, alice);
        admin.addOrganizationMember(demoId, bob);
        admin.grantRealmRoles(bob, Roles.PLATFORM_OPERATOR);
        admin.ensurePasswordGrantClient(KeycloakIdentityAdmin.CLI_CLIENT);
    }

    @AfterAll
    static void closeAdmin() {
        admin.close();
    }

    @Test
    void everyAdminOperationIsIdempotent() {
        assertThat(admin.ensureOrganization("demo", "Demo", "demo.example.com")).isEqualTo(demoId);
        assertThat(admin.findOrganizationId("other")).contains(otherId);
        assertThat(admin.findOrganizationId("nope")).isEmpty();
        String bob = admin.ensureUser(BOB, "Bob", "Berg", PASSWORD);
        assertThat(admin.findUserId(BOB)).contains(bob);
        admin.addOrganizationMember(demoId, bob);
        admin.grantRealmRoles(bob, Roles.PLATFORM_OPERATOR);
        admin.ensurePasswordGrantClient(KeycloakIdentityAdmin.CLI_CLIENT);
        assertThat(admin.realmRolesOf(bob)).contains(Roles.PLATFORM_OPERATOR);
        long members = admin.organizationMemberCount(demoId);
        admin.addOrganizationMember(demoId, bob);
        assertThat(admin.organizationMemberCount(demoId)).isEqualTo(members);
    }

    @Test
    void anApiTokenForOneOrganizationCarriesOnlyThatOrganization() {
        JsonNode token = passwordGrant(BOB, "openid organization:demo");

        assertThat(strings(token.path("aud"))).contains("stackup-api");
        assertThat(strings(token.path("realm_access").path("roles"))).contains("platform-operator");
        assertThat(token.path("organization").propertyNames()).containsExactly("demo");
        assertThat(token.path("organization").path("demo").path("id").asString())
                .isEqualTo(demoId);
    }

    @Test
    void aMemberOfTwoOrganizationsCanAskForOneOfThem() {
        JsonNode token = passwordGrant(ALICE, "openid organization:demo");

        assertThat(token.path("organization").propertyNames()).containsExactly("demo");
        assertThat(strings(token.path("realm_access").path("roles")))
                .doesNotContain("platform-operator")
                .doesNotContain("tenant-admin", "interviewer", "expert");
    }

    @Test
    void theWebUiScopeGivesAllOrganizationsWithTheirIds() {
        JsonNode token = passwordGrant(ALICE, "openid profile email organization:*");

        assertThat(token.path("organization").propertyNames()).containsExactlyInAnyOrder("demo", "other");
        assertThat(token.path("organization").path("demo").path("id").asString())
                .isEqualTo(demoId);
        assertThat(token.path("organization").path("other").path("id").asString())
                .isEqualTo(otherId);
    }

    @Test
    void anOrganizationTheUserIsNotInIsSilentlyLeftOut() {
        JsonNode token = passwordGrant(BOB, "openid organization:other");

        assertThat(token.has("organization")).isFalse();
    }

    @Test
    void theWebClientIsConfidentialWithPkceAndTheStandardFlowOnly() {
        ClientRepresentation web = admin.findClient("stackup-web").orElseThrow();

        assertThat(web.isPublicClient()).isFalse();
        assertThat(web.isStandardFlowEnabled()).isTrue();
        assertThat(web.isImplicitFlowEnabled()).isFalse();
        assertThat(web.isDirectAccessGrantsEnabled()).isFalse();
        assertThat(web.isServiceAccountsEnabled()).isFalse();
        assertThat(web.getAttributes()).containsEntry("pkce.code.challenge.method", "S256");
        assertThat(web.getAttributes()).containsEntry("post.logout.redirect.uris", SharedStack.appUrl() + "/*");
        assertThat(web.getRedirectUris()).containsExactly(SharedStack.appUrl() + "/*");
        assertThat(web.getSecret()).isEqualTo(WEB_SECRET);
        assertThat(web.getOptionalClientScopes()).contains("organization");
        ClientRepresentation api = admin.findClient("stackup-api").orElseThrow();
        assertThat(api.isStandardFlowEnabled()).isFalse();
        assertThat(api.isDirectAccessGrantsEnabled()).isFalse();
    }

    @Test
    void theWebUiLoginGetsAllOrganizationsWithoutKeycloaksPicker() throws Exception {
        BrowserLogin login = BrowserLogin.start("openid profile email organization:*");
        String page = login.submitCredentials(ALICE, PASSWORD);
        assertThat(page)
                .as("Keycloak should redirect with a code, not show a page")
                .isNull();

        JsonNode tokens = login.exchangeCode();
        JsonNode access = payload(tokens.path("access_token").asString());
        JsonNode id = payload(tokens.path("id_token").asString());
        assertThat(strings(access.path("aud"))).contains("stackup-api");
        assertThat(access.path("organization").propertyNames()).containsExactlyInAnyOrder("demo", "other");
        assertThat(access.path("organization").path("other").path("id").asString())
                .isEqualTo(otherId);
        assertThat(id.path("organization").propertyNames()).containsExactlyInAnyOrder("demo", "other");
    }

    @Test
    void thePlainOrganizationScopeMakesKeycloakAskWhichOrganization() throws Exception {
        BrowserLogin login = BrowserLogin.start("openid organization");
        String page = login.submitCredentials(ALICE, PASSWORD);

        assertThat(page).contains("name=\"kc.org\"");
    }

    @Test
    void keycloaksOwnAdminCliClientRefusesThePasswordGrantForRealmUsers() {
        HttpResponse<String> response = post(
                server.issuerUri() + "/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", ALICE, "password", PASSWORD),
                Map.of());

        assertThat(response.statusCode()).as(response.body()).isIn(400, 401);
        assertThat(JSON.readTree(response.body()).path("error").asString()).isEqualTo("unauthorized_client");
        assertThat(admin.findClient("admin-cli").orElseThrow().isDirectAccessGrantsEnabled())
                .isFalse();
    }

    @Test
    void thePasswordPolicyRefusesShortPasswordsTheUsernameAndTheEmailAndTheDemoPasswordFitsIt() {
        String email = "policy-" + System.nanoTime() + "@policy.example.com";
        for (String refused : List.of("Short-1234", email, email.toUpperCase(java.util.Locale.ROOT))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> admin.ensureUser(email, "Pia", "Policy", refused))
                    .as(refused)
                    .isInstanceOfSatisfying(
                            io.stackup.tenantadmin.identity.IdentityAdminException.class,
                            e -> assertThat(e.status()).isEqualTo(400));
        }
        assertThat(admin.findUserId(email)).isEmpty();
        String demoPassword = io.stackup.support.Tokens.PASSWORD;
        assertThat(demoPassword).hasSizeGreaterThanOrEqualTo(12);
        String user = admin.ensureUser(email, "Pia", "Policy", demoPassword);
        assertThat(user).isNotBlank();
    }

    @Test
    void tenWrongPasswordsLockTheUserOutEvenForTheRightOne() {
        String email = "locked-" + System.nanoTime() + "@lockout.example.com";
        admin.ensureUser(email, "Lou", "Locked", PASSWORD);
        assertThat(tokenResponse(email, PASSWORD).statusCode()).isEqualTo(200);
        for (int attempt = 0; attempt < 10; attempt++) {
            assertThat(tokenResponse(email, "Wrong-password-" + attempt).statusCode())
                    .isIn(400, 401);
        }

        HttpResponse<String> locked = tokenResponse(email, PASSWORD);

        assertThat(locked.statusCode()).as(locked.body()).isIn(400, 401);
    }

    @Test
    void theLoginPageLinksToStackupsSignUp() throws Exception {
        String page = BrowserLogin.start("openid").page;

        assertThat(page).contains("id=\"stackup-signup\"").contains("href=\"" + SharedStack.appUrl() + "/signup\"");
    }

    private static HttpResponse<String> tokenResponse(String username, String password) {
        return post(
                server.issuerUri() + "/protocol/openid-connect/token",
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        KeycloakIdentityAdmin.CLI_CLIENT,
                        "username",
                        username,
                        "password",
                        password,
                        "scope",
                        "openid"),
                Map.of());
    }

    private static JsonNode passwordGrant(String username, String scope) {
        HttpResponse<String> response = post(
                server.issuerUri() + "/protocol/openid-connect/token",
                Map.of(
                        "grant_type", "password",
                        "client_id", KeycloakIdentityAdmin.CLI_CLIENT,
                        "username", username,
                        "password", PASSWORD,
                        "scope", scope),
                Map.of());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return payload(JSON.readTree(response.body()).path("access_token").asString());
    }

    /** The authorization code flow with PKCE as a browser does it, keeping Keycloak's (secure) cookies by hand. */
    private static final class BrowserLogin {

        private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");
        private static final Pattern INPUT_NAME = Pattern.compile("name=\"([^\"]+)\"");

        private final Map<String, String> cookies = new LinkedHashMap<>();
        private final String verifier;
        private String page;
        private String code;

        private BrowserLogin(String verifier) {
            this.verifier = verifier;
        }

        static BrowserLogin start(String scope) throws Exception {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            BrowserLogin login = new BrowserLogin(verifier);
            String query = form(Map.of(
                    "client_id", "stackup-web",
                    "response_type", "code",
                    "redirect_uri", WEB_REDIRECT,
                    "scope", scope,
                    "state", "state",
                    "nonce", "nonce",
                    "code_challenge", challenge(verifier),
                    "code_challenge_method", "S256"));
            HttpResponse<String> response = login.send(
                    HttpRequest.newBuilder(URI.create(server.issuerUri() + "/protocol/openid-connect/auth?" + query))
                            .GET());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            login.page = response.body();
            return login;
        }

        /** Fills username and password into the forms; null once Keycloak redirected with a code, else the page. */
        String submitCredentials(String username, String password) throws Exception {
            for (int step = 0; step < 4; step++) {
                Matcher action = ACTION.matcher(page);
                assertThat(action.find()).as(page).isTrue();
                List<String> inputs = new ArrayList<>();
                Matcher input = INPUT_NAME.matcher(page);
                while (input.find()) {
                    inputs.add(input.group(1));
                }
                Map<String, String> fields = new LinkedHashMap<>();
                if (inputs.contains("username")) {
                    fields.put("username", username);
                }
                if (inputs.contains("password")) {
                    fields.put("password", password);
                }
                if (fields.isEmpty()) {
                    return page;
                }
                HttpResponse<String> response =
                        send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
                if (response.statusCode() == 302) {
                    String location = response.headers().firstValue("Location").orElseThrow();
                    assertThat(location).startsWith(WEB_REDIRECT);
                    Matcher codeParam = Pattern.compile("[?&]code=([^&]+)").matcher(location);
                    assertThat(codeParam.find()).as(location).isTrue();
                    code = codeParam.group(1);
                    return null;
                }
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                page = response.body();
            }
            return page;
        }

        JsonNode exchangeCode() {
            HttpResponse<String> response = post(
                    server.issuerUri() + "/protocol/openid-connect/token",
                    Map.of(
                            "grant_type", "authorization_code",
                            "code", code,
                            "redirect_uri", WEB_REDIRECT,
                            "code_verifier", verifier),
                    Map.of(
                            "Authorization",
                            "Basic "
                                    + Base64.getEncoder()
                                            .encodeToString(
                                                    ("stackup-web:" + WEB_SECRET).getBytes(StandardCharsets.UTF_8))));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            if (!cookies.isEmpty()) {
                request.header(
                        "Cookie",
                        cookies.entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue())
                                .collect(Collectors.joining("; ")));
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            // Keycloak marks its cookies Secure; java.net.CookieManager would not send them back over http.
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            return response;
        }

        private static String challenge(String verifier) throws NoSuchAlgorithmException {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        }
    }

    private static HttpResponse<String> post(String url, Map<String, String> fields, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(url, e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The claims of a JWT, decoded without checking the signature. */
    static JsonNode payload(String jwt) {
        String[] parts = jwt.split("\\.");
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(value -> values.add(value.asString()));
        } else if (!node.isMissingNode() && !node.isNull()) {
            values.add(node.asString());
        }
        return values;
    }
}
