package io.stackup.core.tenancy;

import java.util.Set;

/**
 * Who a person is in Keycloak, and the roles to give them when a member is created for them
 * ({@link MemberService#ensureMember}). A login ({@link MemberService#recordLogin}) ignores the roles: they live on
 * the member row alone (docs/adr/0014-roles-per-tenant.md).
 */
public record MemberLogin(String keycloakUserId, String email, String displayName, Set<String> roles) {}
