package io.stackup.tenantadmin.identity;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's one {@link IdentityAdmin}: Keycloak's admin client on the realm of {@link IdentityProperties}. It
 * logs in lazily, at its first call, so the application starts while Keycloak is still coming up.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
class IdentityAdminConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(IdentityAdmin.class)
    KeycloakIdentityAdmin identityAdmin(IdentityProperties properties) {
        return new KeycloakIdentityAdmin(
                properties.keycloakUrl(), properties.realm(), properties.adminUsername(), properties.adminPassword());
    }
}
