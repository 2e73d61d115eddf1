package io.stackup.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.deploy.KeycloakServer;
import io.stackup.support.Browser;
import io.stackup.support.SharedStack;
import io.stackup.support.Signups;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The production-like compose stack ({@code deploy/compose}), started by the README's command on the images
 * {@code deploy/images/build-images.sh} built, used as a partner uses it: a company signs up in Chromium, verifies its
 * address by the mail Keycloak sent and lands in its empty workspace. The stack's mail goes to this test JVM's SMTP
 * server ({@link SharedStack#mail()}), which the containers reach on the host's loopback.
 *
 * <p>Runs on the container path only ({@code -Dstackup.test.services=containers}, the second phase of {@code .ci/run});
 * its stack is a project of its own ({@value #PROJECT}) on free ports, wiped afterwards, so it runs beside anyone's
 * {@code deploy/compose/run.sh}.
 */
@EnabledIfSystemProperty(
        named = "stackup.test.services",
        matches = "containers",
        disabledReason = "the compose stack needs a Docker engine and the images: -Dstackup.test.services=containers")
class ComposeStackIT {

    private static final String PROJECT = "stackupit";
    private static final Path ROOT = LocalStackRun.ROOT;
    private static final Path STATE = ROOT.resolve("platform-ui/target/compose-it");

    private static Map<String, String> env;
    private static String appUrl;
    private static String keycloakUrl;

    @BeforeAll
    static void startTheStackAsTheReadmeSays() throws Exception {
        int appPort = KeycloakServer.freePort();
        int keycloakPort = KeycloakServer.freePort();
        env = Map.of(
                "STACKUP_COMPOSE_PROJECT", PROJECT,
                "STACKUP_COMPOSE_HOME", STATE.toString(),
                "APP_PORT", String.valueOf(appPort),
                "KEYCLOAK_PORT", String.valueOf(keycloakPort),
                "KEYCLOAK_MANAGEMENT_PORT", String.valueOf(KeycloakServer.freePort()),
                "DB_PORT", String.valueOf(KeycloakServer.freePort()),
                "SMTP_HOST", "127.0.0.1",
                "SMTP_PORT", String.valueOf(SharedStack.mail().port()));
        appUrl = "http://localhost:" + appPort;
        keycloakUrl = "http://localhost:" + keycloakPort;
        long started = System.nanoTime();
        runScript("up", 15);
        System.out.printf(
                "The compose stack was ready %d s after deploy/compose/run.sh%n",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    }

    @AfterAll
    static void wipe() throws Exception {
        if (env != null) {
            runScript("wipe", 3);
        }
    }

    @Test
    void a_company_signs_up_verifies_its_address_and_lands_in_its_empty_workspace() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        try (Browser partner = Browser.at(appUrl)) {
            Signups.signUpAndVerify(
                    partner,
                    "Compose " + unique,
                    "compose-" + unique,
                    "cora-" + unique + "@compose.example.com",
                    "correct-horse-battery",
                    false);
            partner.screenshot("compose-get-started");
        }
    }

    @Test
    void the_production_profile_has_neither_the_password_grant_client_nor_the_demo_users() throws Exception {
        HttpResponse<String> grant = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/" + KeycloakServer.REALM
                                        + "/protocol/openid-connect/token"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "grant_type=password&client_id=stackup-cli&username=admin%40demo.test"
                                                + "&password=stackup-demo&scope=openid"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(grant.statusCode()).isEqualTo(401);
        assertThat(grant.body()).contains("invalid_client");
    }

    /** Runs {@code deploy/compose/run.sh COMMAND} with this stack's environment; fails with its output unless 0. */
    private static void runScript(String command, int minutes) throws IOException, InterruptedException {
        Scripts.run(
                env,
                STATE.resolve(command + ".log"),
                Duration.ofMinutes(minutes),
                "bash",
                "deploy/compose/run.sh",
                command);
    }
}
