package io.stackup.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Outside the demo profile Stackup refuses every committed development secret, and names what to set. */
class DevelopmentDefaultsTest {

    @Test
    void the_committed_defaults_are_exactly_the_values_refused() throws IOException {
        Properties committed = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            committed.load(in);
        }
        for (DevelopmentDefaults.Secret secret : DevelopmentDefaults.SECRETS) {
            assertThat(committed.getProperty(secret.property()))
                    .as(secret.property())
                    .isEqualTo("${" + secret.variable() + ":" + secret.developmentValue() + "}");
        }
    }

    @Test
    void a_start_with_a_development_secret_fails_naming_it_and_its_variable() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.security.oauth2.client.registration.keycloak.client-secret", "stackup-web-secret")
                .withProperty("spring.datasource.password", "a-real-one")
                .withProperty("spring.liquibase.password", "stackup_owner");

        assertThatThrownBy(() -> new DevelopmentDefaults(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("client-secret (STACKUP_WEB_CLIENT_SECRET)")
                .hasMessageContaining("spring.liquibase.password (STACKUP_DB_OWNER_PASSWORD)")
                .hasMessageNotContaining("spring.datasource.password");
    }

    @Test
    void a_start_with_secrets_of_its_own_passes() {
        Map<String, String> own = Map.of(
                "spring.security.oauth2.client.registration.keycloak.client-secret", "s1",
                "spring.datasource.password", "s2",
                "spring.liquibase.password", "s3");
        assertThat(DevelopmentDefaults.found(own::get)).isEmpty();
    }
}
