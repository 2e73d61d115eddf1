/**
 * Self sign-up: a stranger makes a tenant and becomes its first admin. {@link io.stackup.tenantadmin.signup.SignupService}
 * provisions the Keycloak organization, the user and the membership, then the tenant (pending), its member and the
 * audit record in one transaction, undoing in Keycloak what it made when a later step fails; the tenant turns active
 * at its admin's first login with a verified e-mail address ({@link io.stackup.tenantadmin.signup.SignupActivation}).
 * Rate limits are counted in PostgreSQL ({@code io.stackup.core.signup}) before any call to Keycloak.
 */
@NullMarked
package io.stackup.tenantadmin.signup;

import org.jspecify.annotations.NullMarked;
