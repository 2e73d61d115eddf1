package io.stackup.deploy;

/** A Keycloak with the realm {@code stackup} imported: a process started here, or a container. */
public interface RunningKeycloak extends AutoCloseable {

    /** Where the realms, the admin console and the admin REST API are, e.g. {@code http://localhost:8180}. */
    String baseUrl();

    /** The issuer of the realm {@code stackup}. */
    default String issuerUri() {
        return baseUrl() + "/realms/" + KeycloakServer.REALM;
    }

    /** The password of the master realm's admin {@code admin}. */
    String adminPassword();

    @Override
    void close();
}
