package io.stackup.tenantadmin.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the demo data goes and the password of its users.
 *
 * @param keycloakUrl the Keycloak base URL, e.g. {@code http://localhost:8180}
 * @param adminUsername the master realm's admin, who creates the demo organizations and users
 * @param adminPassword that admin's password
 * @param password the password of every demo user ({@code STACKUP_DEMO_PASSWORD}, default {@code stackup-demo})
 */
@ConfigurationProperties("stackup.demo")
record DemoProperties(String keycloakUrl, String adminUsername, String adminPassword, String password) {}
