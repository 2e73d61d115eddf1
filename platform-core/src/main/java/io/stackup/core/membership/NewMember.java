package io.stackup.core.membership;

import java.util.Set;

/**
 * A person to invite into the current tenant, once the identity provider knows them.
 *
 * @param keycloakUserId their user id in the identity provider
 * @param email their e-mail address, as checked by {@link MemberInput}
 * @param displayName how the tenant names them
 * @param roles their roles in the tenant, at least one of {@link MemberInput#ROLES}
 * @param createdUser whether the invitation created their user in the identity provider (revoking it may delete it)
 */
public record NewMember(
        String keycloakUserId, String email, String displayName, Set<String> roles, boolean createdUser) {

    public NewMember {
        roles = Set.copyOf(roles);
    }
}
