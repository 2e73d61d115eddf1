package io.stackup.tenantadmin.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's {@link IdentityAdmin}: Keycloak's realm {@code stackup.keycloak.realm} at
 * {@code stackup.keycloak.url}, administered as {@code stackup.keycloak.admin-username} (a master-realm admin). The
 * admin client logs in at its first call, so the application starts without reaching Keycloak.
 */
@Configuration(proxyBeanMethods = false)
class IdentityAdminConfiguration {

    @Bean(destroyMethod = "close")
    KeycloakIdentityAdmin identityAdmin(
            @Value("${stackup.keycloak.url}") String url,
            @Value("${stackup.keycloak.realm}") String realm,
            @Value("${stackup.keycloak.admin-username}") String username,
            @Value("${stackup.keycloak.admin-password}") String password) {
        return new KeycloakIdentityAdmin(url, realm, username, password);
    }
}
