package io.stackup.core.tenancy;

import java.util.Set;

/** What a login tells about a member: who they are in Keycloak and which roles their token carries. */
public record MemberLogin(String keycloakUserId, String email, String displayName, Set<String> roles) {}
