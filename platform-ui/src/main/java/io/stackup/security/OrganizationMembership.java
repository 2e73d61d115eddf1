package io.stackup.security;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * A Keycloak organization the user belongs to, as the token names it: its alias (which equals the tenant's slug) and,
 * when the realm's mapper adds it, its id.
 */
public record OrganizationMembership(String alias, @Nullable String id) implements Serializable {}
