package io.stackup.offboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.offboarding.OffboardingFixture.TestTenant;
import io.stackup.support.SharedStack;
import io.stackup.support.StackupIntegrationTest;
import io.stackup.support.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ContentDisposition;
import tools.jackson.databind.JsonNode;

/**
 * The offboarding API (docs/spec/api.md, "Offboarding") on a tenant made for the test: its admin downloads the archive
 * and requests, reads and cancels the deletion; an interviewer or expert is refused; another tenant's admin reaches
 * only their own tenant, and a wrong confirmation is a problem naming the field.
 */
@StackupIntegrationTest
class OffboardingApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    ApplicationContext context;

    @Test
    void the_admin_downloads_the_archive_and_requests_reads_and_cancels_the_deletion() throws Exception {
        TestTenant t = new OffboardingFixture(context).tenant("api-" + OffboardingFixture.unique());
        String token = Tokens.accessToken(
                t.adminEmail(), "openid organization:" + t.tenant().slug());

        HttpResponse<byte[]> archive = send(token, "GET", "/api/v1/export", null);
        assertThat(archive.statusCode()).isEqualTo(200);
        assertThat(archive.headers().firstValue("Content-Type")).contains("application/zip");
        assertThat(ContentDisposition.parse(archive.headers()
                                .firstValue("Content-Disposition")
                                .orElseThrow())
                        .getFilename())
                .startsWith("stackup-" + t.tenant().slug());
        Map<String, byte[]> entries = TenantOffboardingIT.unzip(archive.body());
        JsonNode manifest = OffboardingFixture.JSON.readTree(entries.get("manifest.json"));
        assertThat(manifest.path("tenant").path("id").asString())
                .isEqualTo(t.tenant().id().toString());
        assertThat(manifest.path("tables").path("member").asLong()).isEqualTo(1);

        assertThat(json(send(token, "GET", "/api/v1/deletion-request", null), 200)
                        .path("pending")
                        .asBoolean())
                .isFalse();
        JsonNode wrong = json(send(token, "POST", "/api/v1/deletion-request", "{\"confirmation\": \"demo\"}"), 400);
        assertThat(wrong.path("errors").get(0).path("path").asString()).isEqualTo("confirmation");
        JsonNode requested = json(
                send(
                        token,
                        "POST",
                        "/api/v1/deletion-request",
                        "{\"confirmation\": \"" + t.tenant().slug() + "\"}"),
                202);
        assertThat(requested.path("pending").asBoolean()).isTrue();
        assertThat(requested.path("dueAt").asString()).isNotBlank();
        assertThat(json(send(token, "GET", "/api/v1/deletion-request", null), 200)
                        .path("dueAt")
                        .asString())
                .isEqualTo(requested.path("dueAt").asString());
        assertThat(json(send(token, "GET", "/api/v1/prospects", null), 403)
                        .path("type")
                        .asString())
                .endsWith("tenant-deletion-pending");
        assertThat(send(token, "GET", "/api/v1/export", null).statusCode()).isEqualTo(200);
        assertThat(json(send(token, "DELETE", "/api/v1/deletion-request", null), 200)
                        .path("pending")
                        .asBoolean())
                .isFalse();
        assertThat(json(send(token, "GET", "/api/v1/deletion-request", null), 200)
                        .path("pending")
                        .asBoolean())
                .isFalse();
        assertThat(send(token, "GET", "/api/v1/prospects", null).statusCode()).isEqualTo(200);
    }

    @Test
    void the_admin_starts_an_export_follows_it_to_done_downloads_its_archive_and_another_tenant_gets_404()
            throws Exception {
        TestTenant t = new OffboardingFixture(context).tenant("apx-" + OffboardingFixture.unique());
        String token = Tokens.accessToken(
                t.adminEmail(), "openid organization:" + t.tenant().slug());

        HttpResponse<byte[]> accepted = send(token, "POST", "/api/v1/exports", null);
        JsonNode started = json(accepted, 202);
        String id = started.path("id").asString();
        assertThat(accepted.headers().firstValue("Location")).contains("/api/v1/exports/" + id);
        assertThat(started.path("status").asString()).isIn("queued", "running", "done");
        assertThat(started.path("fileName").asString())
                .startsWith("stackup-" + t.tenant().slug() + "-");

        JsonNode export = started;
        java.time.Instant until = java.time.Instant.now().plusSeconds(90);
        while (!export.path("status").asString().equals("done")) {
            assertThat(export.path("status").asString()).isNotEqualTo("failed");
            assertThat(java.time.Instant.now()).as("done within 90 s").isBefore(until);
            Thread.sleep(250);
            export = json(send(token, "GET", "/api/v1/exports/" + id, null), 200);
        }
        assertThat(export.path("percent").asInt()).isEqualTo(100);
        assertThat(export.path("itemsDone").asLong())
                .isEqualTo(export.path("itemsTotal").asLong())
                .isPositive();
        assertThat(export.path("expiresAt").asString()).isNotBlank();
        assertThat(export.path("archive").asString()).isEqualTo("/api/v1/exports/" + id + "/archive");

        HttpResponse<byte[]> archive = send(token, "GET", "/api/v1/exports/" + id + "/archive", null);
        assertThat(archive.statusCode()).isEqualTo(200);
        assertThat(archive.headers().firstValue("Content-Type")).contains("application/zip");
        assertThat((long) archive.body().length).isEqualTo(export.path("size").asLong());
        assertThat(ContentDisposition.parse(archive.headers()
                                .firstValue("Content-Disposition")
                                .orElseThrow())
                        .getFilename())
                .isEqualTo(export.path("fileName").asString());
        JsonNode manifest = OffboardingFixture.JSON.readTree(
                TenantOffboardingIT.unzip(archive.body()).get("manifest.json"));
        assertThat(manifest.path("tenant").path("id").asString())
                .isEqualTo(t.tenant().id().toString());

        JsonNode list = json(send(token, "GET", "/api/v1/exports?page=0&size=10", null), 200);
        assertThat(list.path("total").asInt()).isEqualTo(1);
        assertThat(list.path("items").get(0).path("id").asString()).isEqualTo(id);

        String other = Tokens.accessToken("admin@other.test", "openid organization:other");
        for (String path : new String[] {"/api/v1/exports/" + id, "/api/v1/exports/" + id + "/archive"}) {
            assertThat(json(send(other, "GET", path, null), 404).path("type").asString())
                    .endsWith("not-found");
        }
        assertThat(json(send(other, "GET", "/api/v1/exports?size=500", null), 200)
                        .path("items")
                        .findValuesAsString("id"))
                .doesNotContain(id);
        for (String user : new String[] {"interviewer@demo.test", "expert@demo.test"}) {
            String refused = Tokens.accessToken(user, "openid organization:demo");
            assertThat(send(refused, "POST", "/api/v1/exports", null).statusCode())
                    .as(user)
                    .isEqualTo(403);
            assertThat(send(refused, "GET", "/api/v1/exports", null).statusCode())
                    .as(user)
                    .isEqualTo(403);
        }
    }

    @Test
    void interviewers_and_experts_are_refused_and_another_tenant_reaches_only_its_own() throws Exception {
        TestTenant t = new OffboardingFixture(context).tenant("api-" + OffboardingFixture.unique());
        for (String user : new String[] {"interviewer@demo.test", "expert@demo.test"}) {
            String token = Tokens.accessToken(user, "openid organization:demo");
            assertThat(send(token, "GET", "/api/v1/export", null).statusCode())
                    .as(user)
                    .isEqualTo(403);
            assertThat(send(token, "GET", "/api/v1/deletion-request", null).statusCode())
                    .as(user)
                    .isEqualTo(403);
            assertThat(send(token, "POST", "/api/v1/deletion-request", "{\"confirmation\": \"demo\"}")
                            .statusCode())
                    .as(user)
                    .isEqualTo(403);
            assertThat(send(token, "DELETE", "/api/v1/deletion-request", null).statusCode())
                    .as(user)
                    .isEqualTo(403);
        }
        String other = Tokens.accessToken("admin@other.test", "openid organization:other");
        assertThat(send(
                                other,
                                "POST",
                                "/api/v1/deletion-request",
                                "{\"confirmation\": \"" + t.tenant().slug() + "\"}")
                        .statusCode())
                .isEqualTo(400);
        String token = Tokens.accessToken(
                t.adminEmail(), "openid organization:" + t.tenant().slug());
        assertThat(json(send(token, "GET", "/api/v1/deletion-request", null), 200)
                        .path("pending")
                        .asBoolean())
                .isFalse();
    }

    private static HttpResponse<byte[]> send(String token, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SharedStack.appUrl() + path))
                .header("Authorization", "Bearer " + token)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode json(HttpResponse<byte[]> response, int status) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(response.statusCode()).as(body).isEqualTo(status);
        return OffboardingFixture.JSON.readTree(body);
    }
}
