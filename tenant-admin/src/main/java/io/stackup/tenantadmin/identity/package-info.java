/**
 * Administration of the people and organizations Stackup's sign-in knows: {@link IdentityAdmin} says what Stackup
 * asks of its identity provider (organizations, users, realm roles, memberships, the local command-line client), and
 * {@link KeycloakIdentityAdmin} does it on Keycloak's realm through {@code keycloak-admin-client}. Tests use an
 * in-memory fake of the interface, and check the Keycloak one against a real Keycloak (ADR 0003 says why
 * organizations and realm roles).
 */
@NullMarked
package io.stackup.tenantadmin.identity;

import org.jspecify.annotations.NullMarked;
