package io.stackup.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import io.stackup.support.SharedStack;
import io.stackup.support.StackupIntegrationTest;
import io.stackup.support.TestTenants;
import io.stackup.support.Tokens;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The settings through the API (docs/spec/api.md, "Settings"), on a tenant of the test's own: an admin reads and
 * changes them with their version, problems are 400 naming the field, a stale version is 409, the change is audited;
 * a logo is kept re-encoded and served as a PNG with nosniff, a non-image is refused at {@code $.logo} and an
 * oversized one with 413 before it is read; an interviewer may not change them, another tenant's admin sees only their
 * own, and a platform operator none.
 */
@StackupIntegrationTest
class SettingsApiIT {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TenantDirectory directory;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    TestTenants.Made branded;
    String admin;

    @BeforeEach
    void a_tenant_of_its_own() {
        branded = TestTenants.ensure("branding-api", "Branding API Ltd", directory, members);
        admin = Tokens.accessToken(branded.admin(), "openid organization:branding-api");
    }

    @Test
    void an_admin_changes_the_settings_from_the_version_read_and_the_change_is_audited() throws Exception {
        JsonNode read = json(send("GET", "/api/v1/settings", admin, null), 200);
        int version = read.get("version").asInt();

        JsonNode saved = json(
                send(
                        "PUT",
                        "/api/v1/settings",
                        admin,
                        body("Branding API Ltd", "#0B5394", 36, "Europe/Berlin", "en", version)),
                200);
        assertThat(saved.get("accentColour").asString()).isEqualTo("#0b5394");
        assertThat(saved.get("leadPickupHours").asInt()).isEqualTo(36);
        assertThat(saved.get("timeZone").asString()).isEqualTo("Europe/Berlin");
        assertThat(saved.get("version").asInt()).isEqualTo(version + 1);

        HttpResponse<String> stale =
                send("PUT", "/api/v1/settings", admin, body("Branding API Ltd", null, null, "UTC", "en", version));
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(stale.body()).contains("Someone else changed these settings");

        List<String> audit = TenantContext.callAs(
                branded.tenant().id(),
                "test",
                () -> tx.execute(status -> jdbc.queryForList(
                        "SELECT details::text FROM audit_event WHERE action = 'tenant.settings_changed'"
                                + " ORDER BY at DESC LIMIT 1",
                        String.class)));
        assertThat(audit).singleElement().asString().contains("\"accentColour.after\": \"#0b5394\"");
    }

    @Test
    void settings_that_do_not_fit_are_refused_naming_each_field() throws Exception {
        int version = json(send("GET", "/api/v1/settings", admin, null), 200)
                .get("version")
                .asInt();

        HttpResponse<String> refused =
                send("PUT", "/api/v1/settings", admin, body("", "#fafafa", 0, "Nowhere/Else", "xx", version));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("type").asString()).endsWith("/invalid-settings");
        assertThat(problem.get("errors").valueStream().map(e -> e.get("path").asString()))
                .containsExactly("$.name", "$.accentColour", "$.leadPickupHours", "$.timeZone", "$.defaultLanguage");
        assertThat(problem.get("errors").get(1).get("message").asString()).contains("contrast");
        assertThat(json(send("GET", "/api/v1/settings", admin, null), 200)
                        .get("version")
                        .asInt())
                .isEqualTo(version);
    }

    @Test
    void a_logo_is_served_only_re_encoded_and_a_non_image_or_oversized_upload_is_refused() throws Exception {
        byte[] payload = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        byte[] upload = concat(png(800, 240), payload);

        assertThat(upload("image/png", upload).statusCode()).isEqualTo(204);

        HttpResponse<byte[]> logo = HTTP.send(
                request("GET", "/api/v1/settings/logo", admin).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(logo.statusCode()).isEqualTo(200);
        assertThat(logo.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(logo.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(new String(logo.body(), StandardCharsets.ISO_8859_1)).doesNotContain("script");
        BufferedImage served = ImageIO.read(new ByteArrayInputStream(logo.body()));
        assertThat(served.getWidth()).isEqualTo(400);
        assertThat(served.getHeight()).isEqualTo(120);
        assertThat(json(send("GET", "/api/v1/settings", admin, null), 200)
                        .get("logo")
                        .asBoolean())
                .isTrue();

        HttpResponse<String> notAnImage = upload("application/octet-stream", payload);
        assertThat(notAnImage.statusCode()).as(notAnImage.body()).isEqualTo(400);
        assertThat(JSON.readTree(notAnImage.body())
                        .get("errors")
                        .get(0)
                        .get("path")
                        .asString())
                .isEqualTo("$.logo");
        HttpResponse<String> oversized = upload("image/png", concat(png(10, 10), new byte[1024 * 1024 + 1]));
        assertThat(oversized.statusCode()).as(oversized.body()).isEqualTo(413);

        assertThat(send("DELETE", "/api/v1/settings/logo", admin, null).statusCode())
                .isEqualTo(204);
        assertThat(send("GET", "/api/v1/settings/logo", admin, null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void an_interviewer_another_tenants_admin_and_an_operator_cannot_reach_these_settings() throws Exception {
        String interviewer = Tokens.accessToken(branded.interviewer(), "openid organization:branding-api");
        assertThat(send("GET", "/api/v1/settings", interviewer, null).statusCode())
                .isEqualTo(403);
        assertThat(send("PUT", "/api/v1/settings", interviewer, body("Taken", null, null, "UTC", "en", 0))
                        .statusCode())
                .isEqualTo(403);
        assertThat(send("DELETE", "/api/v1/settings/logo", interviewer, null).statusCode())
                .isEqualTo(403);

        String other = Tokens.accessToken("admin@other.test", "openid organization:other");
        assertThat(json(send("GET", "/api/v1/settings", other, null), 200)
                        .get("name")
                        .asString())
                .isEqualTo("Other Consulting");

        String operator = Tokens.accessToken("operator@stackup.test", "openid");
        assertThat(send("GET", "/api/v1/settings", operator, null).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/api/v1/settings/logo", operator, null).statusCode())
                .isEqualTo(403);
    }

    private HttpResponse<String> upload(String type, byte[] bytes) throws Exception {
        return HTTP.send(
                request("PUT", "/api/v1/settings/logo", admin)
                        .header("Content-Type", type)
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String body(String name, String accent, Integer hours, String zone, String language, int version) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("name", name);
        body.put("accentColour", accent);
        body.put("leadPickupHours", hours);
        body.put("timeZone", zone);
        body.put("defaultLanguage", language);
        body.put("version", version);
        return JSON.writeValueAsString(body);
    }

    static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    static HttpRequest.Builder request(String method, String path, String token) {
        return HttpRequest.newBuilder(URI.create(SharedStack.appUrl() + path))
                .header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.noBody());
    }

    static HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SharedStack.appUrl() + path))
                .header("Authorization", "Bearer " + token);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x0b5394));
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
