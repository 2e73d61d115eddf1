package io.stackup.tenantadmin.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the application administers the realm: Keycloak's base URL, the realm, and the master realm's admin it logs in
 * as (see {@link KeycloakIdentityAdmin}).
 */
@ConfigurationProperties("stackup.identity")
public record IdentityProperties(String keycloakUrl, String realm, String adminUsername, String adminPassword) {

    @Override
    public String toString() {
        return "IdentityProperties[keycloakUrl=" + keycloakUrl + ", realm=" + realm + ", adminUsername=" + adminUsername
                + "]";
    }
}
