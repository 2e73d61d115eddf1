package io.stackup.tenantadmin.members;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an admin fills in to invite someone: their e-mail address, optionally their name, and their roles in the tenant.
 * Checked by {@link MemberAdministration#invite}.
 */
public record Invitation(
        @Nullable String email,
        @Nullable String name,
        @Nullable Set<String> roles) {}
