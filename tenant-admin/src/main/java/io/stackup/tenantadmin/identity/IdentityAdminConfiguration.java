package io.stackup.tenantadmin.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's {@link IdentityAdmin}: Keycloak's realm {@code stackup.keycloak.realm} at
 * {@code stackup.keycloak.url}, administered as the master realm's admin {@code stackup.keycloak.admin-username}. The
 * admin client logs in on its first call, not at start-up, so the application starts while Keycloak is still coming.
 */
@Configuration(proxyBeanMethods = false)
class IdentityAdminConfiguration {

    @Bean(destroyMethod = "close")
    KeycloakIdentityAdmin identityAdmin(
            @Value("${stackup.keycloak.url}") String url,
            @Value("${stackup.keycloak.realm:stackup}") String realm,
            @Value("${stackup.keycloak.admin-username:admin}") String username,
            @Value("${stackup.keycloak.admin-password}") String password) {
        return new KeycloakIdentityAdmin(url, realm, username, password);
    }
}
