package io.stackup.tenantadmin.identity;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What Stackup asks of the identity provider's realm: organizations (one per tenant, its alias the tenant's slug),
 * users (their username is their email), realm roles and organization memberships. Every {@code ensure}, {@code grant}
 * and {@code add} operation is idempotent: running it again leaves the realm as the first run did.
 *
 * <p>Ids are the identity provider's: an organization id is what the {@code tenant} row keeps, a user id is the
 * token's subject.
 *
 * @see KeycloakIdentityAdmin
 */
public interface IdentityAdmin {

    /** The id of the organization with this alias, creating it with this name and domain if there is none. */
    String ensureOrganization(String alias, String name, @Nullable String domain);

    /** The id of the organization with this alias, if there is one. */
    Optional<String> findOrganizationId(String alias);

    /**
     * The id of the user whose username is this email, creating the user if needed. An existing user gets these names,
     * is enabled and verified, and gets this (non-temporary) password: the result is the same however often it runs.
     */
    String ensureUser(String email, String firstName, String lastName, String password);

    /** The id of the user with this username (compared ignoring case), if there is one. */
    Optional<String> findUserId(String username);

    /**
     * Adds these realm roles to the user's; roles the user already has stay as they are.
     *
     * @throws IdentityAdminException when the realm has no such role or no such user
     */
    void grantRealmRoles(String userId, String... roles);

    /** The names of the realm roles granted to the user directly (not through composites or groups). */
    Set<String> realmRolesOf(String userId);

    /** Makes the user a member of the organization, unless it already is one. */
    void addOrganizationMember(String organizationId, String userId);

    boolean isOrganizationMember(String organizationId, String userId);

    /**
     * Creates, unless it exists, a public client that may use the password grant, whose access tokens the API accepts
     * like the web UI's and which may ask for the {@code organization} scope. Local stacks and tests only: the
     * production realm has no such client.
     */
    void ensurePasswordGrantClient(String clientId);

    // offboarding

    /** The ids of the organizations the user is a member of; empty for a user in none (or no such user). */
    Set<String> organizationsOf(String userId);

    /** Deletes the organization (its memberships with it, not its users); nothing happens when there is none. */
    void deleteOrganization(String organizationId);

    /** Deletes the user; nothing happens when there is none. */
    void deleteUser(String userId);

    // members

    /** The id of the user whose e-mail address is this one (compared ignoring case), if there is one. */
    Optional<String> findUserIdByEmail(String email);

    /**
     * Creates a user who has yet to choose a password: username and e-mail address {@code email}, the e-mail not
     * verified, no credentials, and the required actions {@code UPDATE_PASSWORD} and {@code VERIFY_EMAIL}, so that
     * they can log in only after following {@link #sendRequiredActionsMail}'s link.
     *
     * @return the new user's id
     * @throws IdentityAdminException with status 409 when a user has this username or e-mail address already
     */
    String createInvitedUser(String email, String firstName, String lastName);

    /**
     * Has the identity provider mail the user a link, valid for {@code lifespan}, to set their password and verify their
     * e-mail address; when done, the link sends them to {@code redirectUri}, which must be one of the client
     * {@code clientId}'s redirect URIs.
     */
    void sendRequiredActionsMail(String userId, String clientId, String redirectUri, Duration lifespan);

    /** Takes the user out of the organization; a user who is no member of it stays so. */
    void removeOrganizationMember(String organizationId, String userId);

    /** Ends every session of the user: their next request to the identity provider needs a new login. */
    void endSessions(String userId);

    // signup

    /**
     * Creates an organization with this alias and name. Unlike {@link #ensureOrganization}, it never takes over an
     * existing one.
     *
     * @throws IdentityAdminException with status 409 when the alias (or the name) is taken
     */
    String createOrganization(String alias, String name);

    /**
     * Creates a user whose username and e-mail are {@code email}, with this (non-temporary) password, the e-mail not
     * verified and the required action {@code VERIFY_EMAIL}, so that they cannot sign in before verifying it.
     *
     * @throws IdentityAdminException with status 409 when a user has this username or e-mail, 400 when the password
     *     breaks the realm's password policy (nothing is created then)
     */
    String createUnverifiedUser(String email, String firstName, String lastName, String password);

    /**
     * Sends the user the realm's own verification mail; its link verifies the address and leads on to
     * {@code redirectUri} of the client {@code clientId}.
     */
    void sendVerificationEmail(String userId, String clientId, String redirectUri);

    /** Whether the user's e-mail address is verified; false for a user that does not exist. */
    boolean isEmailVerified(String userId);
}
