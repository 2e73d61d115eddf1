package io.stackup.tenantadmin.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An {@link IdentityAdmin} in memory, for tests that need an identity provider's answers but not a running Keycloak.
 * It keeps the contract {@link IdentityAdminContract} checks against Keycloak as well: ids are UUIDs, usernames compare
 * ignoring case, unknown users and roles fail with status 404. What tests may want to look at beyond the interface
 * (passwords, names, clients) it shows through its own methods.
 */
public final class FakeIdentityAdmin implements IdentityAdmin {

    /** The realm roles of Stackup's realm ({@code deploy/keycloak/stackup-realm.json}). */
    /**
     * The realm roles of Stackup's realm: its own {@code platform-operator} (a tenant's roles are not realm roles,
     * docs/adr/0014-roles-per-tenant.md) and Keycloak's built-in {@code offline_access}.
     */
    public static final Set<String> STACKUP_ROLES = Set.of("platform-operator", "offline_access");

    private record Organization(
            String alias, String name, @Nullable String domain, Set<String> members) {}

    private static final class User {
        final String username;
        String firstName;
        String lastName;
        String password;
        final Set<String> roles = new LinkedHashSet<>();

        @Nullable
        String email;

        boolean emailVerified = true;
        final List<String> requiredActions = new ArrayList<>();
        int sessionsEnded;

        User(String username, String firstName, String lastName, String password) {
            this.username = username;
            this.firstName = firstName;
            this.lastName = lastName;
            this.password = password;
        }
    }

    private final Set<String> realmRoles;
    private final Map<String, Organization> organizations = new LinkedHashMap<>();
    private final Map<String, User> users = new LinkedHashMap<>();
    private final Set<String> clients = new LinkedHashSet<>();
    private final List<ActionsMail> actionsMails = new ArrayList<>();

    /** A mail the identity provider would have sent: the link to set a password, and where it leads afterwards. */
    public record ActionsMail(String userId, String clientId, String redirectUri, Duration lifespan) {}

    private final java.util.List<String> verificationMails = new java.util.ArrayList<>();

    /** A realm with Stackup's realm roles. */
    public FakeIdentityAdmin() {
        this(STACKUP_ROLES);
    }

    public FakeIdentityAdmin(Set<String> realmRoles) {
        this.realmRoles = Set.copyOf(realmRoles);
    }

    @Override
    public synchronized String ensureOrganization(String alias, String name, @Nullable String domain) {
        return findOrganizationId(alias).orElseGet(() -> {
            String id = UUID.randomUUID().toString();
            organizations.put(id, new Organization(alias, name, domain, new LinkedHashSet<>()));
            return id;
        });
    }

    @Override
    public synchronized Optional<String> findOrganizationId(String alias) {
        return organizations.entrySet().stream()
                .filter(e -> e.getValue().alias().equals(alias))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    @Override
    public synchronized String ensureUser(String email, String firstName, String lastName, String password) {
        Optional<String> existing = findUserId(email);
        if (existing.isPresent()) {
            User user = users.get(existing.get());
            user.firstName = firstName;
            user.lastName = lastName;
            user.password = password;
            return existing.get();
        }
        String id = UUID.randomUUID().toString();
        User user = new User(email.toLowerCase(Locale.ROOT), firstName, lastName, password);
        user.email = email.toLowerCase(Locale.ROOT);
        users.put(id, user);
        return id;
    }

    @Override
    public synchronized Optional<String> findUserId(String username) {
        return users.entrySet().stream()
                .filter(e -> e.getValue().username.equalsIgnoreCase(username))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    @Override
    public synchronized void grantRealmRoles(String userId, String... roles) {
        User user = user(userId);
        for (String role : roles) {
            if (!realmRoles.contains(role)) {
                throw new IdentityAdminException("The realm has no role " + role, 404, null);
            }
        }
        user.roles.addAll(Set.of(roles));
    }

    @Override
    public synchronized Set<String> realmRolesOf(String userId) {
        return Set.copyOf(user(userId).roles);
    }

    @Override
    public synchronized void addOrganizationMember(String organizationId, String userId) {
        user(userId);
        Organization organization = organizations.get(organizationId);
        if (organization == null) {
            throw new IdentityAdminException("No organization " + organizationId, 404, null);
        }
        organization.members().add(userId);
    }

    @Override
    public synchronized boolean isOrganizationMember(String organizationId, String userId) {
        Organization organization = organizations.get(organizationId);
        return organization != null && organization.members().contains(userId);
    }

    @Override
    public synchronized void ensurePasswordGrantClient(String clientId) {
        clients.add(clientId);
    }

    /** The password the user was last given. */
    public synchronized String passwordOf(String userId) {
        return user(userId).password;
    }

    /** The user's first and last name, as they were last given. */
    public synchronized String nameOf(String userId) {
        User user = user(userId);
        return user.firstName + " " + user.lastName;
    }

    public synchronized int organizationCount() {
        return organizations.size();
    }

    public synchronized int userCount() {
        return users.size();
    }

    public synchronized Set<String> clientIds() {
        return Set.copyOf(clients);
    }

    // members

    @Override
    public synchronized Optional<String> findUserIdByEmail(String email) {
        return users.entrySet().stream()
                .filter(e -> email.equalsIgnoreCase(e.getValue().email))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    @Override
    public synchronized String createInvitedUser(String email, String firstName, String lastName) {
        if (findUserId(email).isPresent() || findUserIdByEmail(email).isPresent()) {
            throw new IdentityAdminException("User exists with same username or email", 409, null);
        }
        String id = UUID.randomUUID().toString();
        User user = new User(email.toLowerCase(Locale.ROOT), firstName, lastName, "");
        user.email = email.toLowerCase(Locale.ROOT);
        user.emailVerified = false;
        user.requiredActions.addAll(List.of("UPDATE_PASSWORD", "VERIFY_EMAIL"));
        users.put(id, user);
        return id;
    }

    @Override
    public synchronized void sendRequiredActionsMail(
            String userId, String clientId, String redirectUri, Duration lifespan) {
        user(userId);
        actionsMails.add(new ActionsMail(userId, clientId, redirectUri, lifespan));
    }

    @Override
    public synchronized void removeOrganizationMember(String organizationId, String userId) {
        Organization organization = organizations.get(organizationId);
        if (organization == null) {
            throw new IdentityAdminException("No organization " + organizationId, 404, null);
        }
        organization.members().remove(userId);
    }

    @Override
    public synchronized Set<String> organizationsOf(String userId) {
        Set<String> ids = new LinkedHashSet<>();
        organizations.forEach((id, organization) -> {
            if (organization.members().contains(userId)) {
                ids.add(id);
            }
        });
        return ids;
    }

    @Override
    public synchronized void deleteUser(String userId) {
        users.remove(userId);
        organizations.values().forEach(organization -> organization.members().remove(userId));
    }

    @Override
    public synchronized void endSessions(String userId) {
        user(userId).sessionsEnded++;
    }

    /** Whether a user with this id exists. */
    public synchronized boolean exists(String userId) {
        return users.containsKey(userId);
    }

    /** Whether the user's e-mail address counts as verified, and the actions they must do before logging in. */
    public synchronized boolean emailVerified(String userId) {
        return user(userId).emailVerified;
    }

    public synchronized List<String> requiredActions(String userId) {
        return List.copyOf(user(userId).requiredActions);
    }

    /** Every required-actions mail asked for, oldest first. */
    public synchronized List<ActionsMail> actionsMails() {
        return List.copyOf(actionsMails);
    }

    /** How often the user's sessions were ended. */
    public synchronized int sessionsEnded(String userId) {
        return user(userId).sessionsEnded;
    }

    private User user(String userId) {
        User user = users.get(userId);
        if (user == null) {
            throw new IdentityAdminException("No user " + userId, 404, null);
        }
        return user;
    }

    // signup

    @Override
    public synchronized String createOrganization(String alias, String name) {
        boolean taken = organizations.values().stream()
                .anyMatch(o -> o.alias().equals(alias) || o.name().equals(name));
        if (taken) {
            throw new IdentityAdminException(
                    "An organization has the alias " + alias + " or the name " + name, 409, null);
        }
        String id = UUID.randomUUID().toString();
        organizations.put(id, new Organization(alias, name, null, new LinkedHashSet<>()));
        return id;
    }

    @Override
    public synchronized String createUnverifiedUser(String email, String firstName, String lastName, String password) {
        if (findUserId(email).isPresent()) {
            throw new IdentityAdminException("A user has the username " + email, 409, null);
        }
        String id = UUID.randomUUID().toString();
        User user = new User(email.toLowerCase(Locale.ROOT), firstName, lastName, password);
        user.emailVerified = false;
        users.put(id, user);
        return id;
    }

    @Override
    public synchronized void sendVerificationEmail(String userId, String clientId, String redirectUri) {
        user(userId);
        verificationMails.add(userId);
    }

    @Override
    public synchronized boolean isEmailVerified(String userId) {
        User user = users.get(userId);
        return user != null && user.emailVerified;
    }

    // offboarding

    @Override
    public synchronized void deleteOrganization(String organizationId) {
        organizations.remove(organizationId);
    }

    /** The ids of the users sent a verification mail, in order, once per mail. */
    public synchronized java.util.List<String> verificationMails() {
        return java.util.List.copyOf(verificationMails);
    }
}
