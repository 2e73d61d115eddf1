package io.stackup.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start Stackup outside the {@code demo} profile (the local stack and the tests) while a secret or password
 * still has its committed development default: a deployment that forgot one would otherwise run with a value anyone
 * can read in the repository. The message names every such property and the environment variable that sets it.
 */
@Component
@Profile("!demo")
class DevelopmentDefaults {

    /** Each property, the development default committed in application.properties, and what sets it. */
    record Secret(String property, String developmentValue, String variable) {}

    static final List<Secret> SECRETS = List.of(
            new Secret(
                    "spring.security.oauth2.client.registration.keycloak.client-secret",
                    "stackup-web-secret",
                    "STACKUP_WEB_CLIENT_SECRET"),
            new Secret("spring.datasource.password", "stackup_app", "STACKUP_DB_PASSWORD"),
            new Secret("spring.liquibase.password", "stackup_owner", "STACKUP_DB_OWNER_PASSWORD"),
            new Secret("stackup.keycloak.admin-password", "admin", "KC_ADMIN_PASSWORD"));

    DevelopmentDefaults(Environment environment) {
        List<String> found = found(environment::getProperty);
        if (!found.isEmpty()) {
            throw new IllegalStateException("Stackup does not start with development secrets outside the demo profile."
                    + " Set a secret of your own for: " + String.join("; ", found));
        }
    }

    /** Where the values are read: the environment, or a map in tests. */
    @FunctionalInterface
    interface Values {
        @Nullable
        String get(String property);
    }

    /** The secrets whose value is still the development default, each as "property (VARIABLE)". */
    static List<String> found(Values properties) {
        List<String> found = new ArrayList<>();
        for (Secret secret : SECRETS) {
            if (Objects.equals(properties.get(secret.property()), secret.developmentValue())) {
                found.add(secret.property() + " (" + secret.variable() + ")");
            }
        }
        return found;
    }
}
