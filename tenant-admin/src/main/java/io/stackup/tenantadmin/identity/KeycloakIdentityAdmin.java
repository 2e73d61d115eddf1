package io.stackup.tenantadmin.identity;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.OrganizationMembersResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * {@link IdentityAdmin} on one Keycloak realm, through Keycloak's admin client. It logs in to the master realm as
 * {@code admin-cli} with the password grant; the client renews the token before it expires. Close it to release its
 * HTTP connections.
 *
 * <p>Every failed call becomes an {@link IdentityAdminException} naming the call, Keycloak's status and its answer.
 */
public final class KeycloakIdentityAdmin implements IdentityAdmin, AutoCloseable {

    /** The local-only public client for scripts and API tests: password grant, never in the production realm. */
    public static final String CLI_CLIENT = "stackup-cli";

    /** The client whose audience mappers and scopes {@link #ensurePasswordGrantClient} copies. */
    public static final String WEB_CLIENT = "stackup-web";

    private static final String ORGANIZATION_SCOPE = "organization";
    private static final String AUDIENCE_MAPPER = "oidc-audience-mapper";
    private static final int PAGE = 100;
    private static final String VERIFY_EMAIL = "VERIFY_EMAIL";

    /** What an invited user does before their first login: choose a password, and so prove their address. */
    private static final List<String> INVITED_USER_ACTIONS = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");

    private final Keycloak keycloak;
    private final String realm;

    /**
     * @param baseUrl Keycloak's base URL, e.g. {@code http://localhost:8180}
     * @param realm the realm the operations work on
     * @param username an admin of the master realm
     * @param password that admin's password
     */
    public KeycloakIdentityAdmin(String baseUrl, String realm, String username, String password) {
        this.realm = Objects.requireNonNull(realm, "realm");
        this.keycloak = Keycloak.getInstance(
                Objects.requireNonNull(baseUrl, "baseUrl"),
                "master",
                Objects.requireNonNull(username, "username"),
                Objects.requireNonNull(password, "password"),
                "admin-cli");
    }

    public String realm() {
        return realm;
    }

    @Override
    public String ensureOrganization(String alias, String name, @Nullable String domain) {
        Optional<String> existing = findOrganizationId(alias);
        if (existing.isPresent()) {
            return existing.get();
        }
        OrganizationRepresentation organization = new OrganizationRepresentation();
        organization.setAlias(alias);
        organization.setName(name);
        organization.setEnabled(true);
        if (domain != null) {
            organization.addDomain(new OrganizationDomainRepresentation(domain));
        }
        return created(
                "create organization " + alias,
                () -> realmResource().organizations().create(organization));
    }

    /** The admin API searches organizations by name and domain only, not by alias, so this pages through them. */
    @Override
    public Optional<String> findOrganizationId(String alias) {
        for (int first = 0; ; first += PAGE) {
            int from = first;
            List<OrganizationRepresentation> page = call(
                    "list organizations", () -> realmResource().organizations().list(from, PAGE));
            for (OrganizationRepresentation organization : page) {
                if (alias.equals(organization.getAlias())) {
                    return Optional.of(organization.getId());
                }
            }
            if (page.size() < PAGE) {
                return Optional.empty();
            }
        }
    }

    @Override
    public String ensureUser(String email, String firstName, String lastName, String password) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEnabled(true);
        user.setEmailVerified(true);
        CredentialRepresentation credential = passwordCredential(password);
        Optional<String> existing = findUserId(email);
        if (existing.isPresent()) {
            String id = existing.get();
            run("update user " + email, () -> realmResource().users().get(id).update(user));
            run(
                    "reset the password of " + email,
                    () -> realmResource().users().get(id).resetPassword(credential));
            return id;
        }
        user.setCredentials(List.of(credential));
        return created("create user " + email, () -> realmResource().users().create(user));
    }

    @Override
    public Optional<String> findUserId(String username) {
        return call("find user " + username, () -> realmResource().users().searchByUsername(username, true)).stream()
                .filter(user -> username.equalsIgnoreCase(user.getUsername()))
                .map(UserRepresentation::getId)
                .findFirst();
    }

    @Override
    public void grantRealmRoles(String userId, String... roles) {
        if (roles.length == 0) {
            return;
        }
        List<RoleRepresentation> representations = Arrays.stream(roles)
                .map(role -> call(
                        "read realm role " + role,
                        () -> realmResource().roles().get(role).toRepresentation()))
                .toList();
        run(
                "grant " + Arrays.toString(roles) + " to user " + userId,
                () -> realmResource().users().get(userId).roles().realmLevel().add(representations));
    }

    @Override
    public Set<String> realmRolesOf(String userId) {
        Set<String> names = new LinkedHashSet<>();
        for (RoleRepresentation role : call(
                "read the realm roles of user " + userId,
                () -> realmResource().users().get(userId).roles().realmLevel().listAll())) {
            names.add(role.getName());
        }
        return names;
    }

    @Override
    public void addOrganizationMember(String organizationId, String userId) {
        if (isOrganizationMember(organizationId, userId)) {
            return;
        }
        String what = "add user " + userId + " to organization " + organizationId;
        try (Response response = call(what, () -> members(organizationId).addMember(userId))) {
            // 409: it became a member since the check above, which is what was asked for.
            if (response.getStatus() != 201 && response.getStatus() != 409) {
                throw failure(what, new WebApplicationException(response));
            }
        }
    }

    @Override
    public boolean isOrganizationMember(String organizationId, String userId) {
        try {
            members(organizationId).member(userId).toRepresentation();
            return true;
        } catch (NotFoundException notAMember) {
            return false;
        } catch (WebApplicationException | ProcessingException e) {
            throw failure("read member " + userId + " of organization " + organizationId, e);
        }
    }

    /**
     * {@inheritDoc} The client gets the {@value #WEB_CLIENT} client's audience mappers and default scopes, and the
     * {@code organization} scope as optional scope (request {@code organization:<alias>} or {@code organization:*}).
     */
    @Override
    public void ensurePasswordGrantClient(String clientId) {
        if (findClient(clientId).isPresent()) {
            return;
        }
        ClientRepresentation web = findClient(WEB_CLIENT)
                .orElseThrow(() -> new IllegalStateException(
                        "The realm " + realm + " has no client " + WEB_CLIENT + " to copy the audience mapper from"));
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setName("Stackup command line (local only)");
        client.setProtocol("openid-connect");
        client.setEnabled(true);
        client.setPublicClient(true);
        client.setStandardFlowEnabled(false);
        client.setImplicitFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(true);
        client.setServiceAccountsEnabled(false);
        client.setFullScopeAllowed(true);
        List<ProtocolMapperRepresentation> mappers = new ArrayList<>();
        for (ProtocolMapperRepresentation mapper : orEmpty(web.getProtocolMappers())) {
            if (AUDIENCE_MAPPER.equals(mapper.getProtocolMapper())) {
                mappers.add(copyWithoutId(mapper));
            }
        }
        if (mappers.isEmpty()) {
            throw new IllegalStateException(WEB_CLIENT + " has no " + AUDIENCE_MAPPER + " to copy");
        }
        client.setProtocolMappers(mappers);
        List<String> defaults = new ArrayList<>(orEmpty(web.getDefaultClientScopes()));
        List<String> optional = new ArrayList<>(orEmpty(web.getOptionalClientScopes()));
        if (!defaults.contains(ORGANIZATION_SCOPE) && !optional.contains(ORGANIZATION_SCOPE)) {
            optional.add(ORGANIZATION_SCOPE);
        }
        client.setDefaultClientScopes(defaults);
        client.setOptionalClientScopes(optional);
        created("create client " + clientId, () -> realmResource().clients().create(client));
    }

    /**
     * The full representation of the client with this client id, its default and optional scopes by name included.
     * Keycloak-specific: for checks of the realm's configuration.
     */
    public Optional<ClientRepresentation> findClient(String clientId) {
        for (ClientRepresentation found :
                call("find client " + clientId, () -> realmResource().clients().findByClientId(clientId))) {
            if (clientId.equals(found.getClientId())) {
                ClientResource resource = realmResource().clients().get(found.getId());
                ClientRepresentation client = call("read client " + clientId, resource::toRepresentation);
                if (client.getDefaultClientScopes() == null) {
                    client.setDefaultClientScopes(
                            names(call("read the default scopes of " + clientId, resource::getDefaultClientScopes)));
                }
                if (client.getOptionalClientScopes() == null) {
                    client.setOptionalClientScopes(
                            names(call("read the optional scopes of " + clientId, resource::getOptionalClientScopes)));
                }
                return Optional.of(client);
            }
        }
        return Optional.empty();
    }

    /** How many members the organization has. Keycloak-specific: for checks that adding twice adds once. */
    public long organizationMemberCount(String organizationId) {
        return call(
                "count the members of organization " + organizationId,
                () -> members(organizationId).count());
    }

    // signup

    @Override
    public String createOrganization(String alias, String name) {
        OrganizationRepresentation organization = new OrganizationRepresentation();
        organization.setAlias(alias);
        organization.setName(name);
        organization.setEnabled(true);
        return created(
                "create organization " + alias,
                () -> realmResource().organizations().create(organization));
    }

    @Override
    public String createUnverifiedUser(String email, String firstName, String lastName, String password) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEnabled(true);
        user.setEmailVerified(false);
        user.setRequiredActions(List.of(VERIFY_EMAIL));
        user.setCredentials(List.of(passwordCredential(password)));
        return created("create user " + email, () -> realmResource().users().create(user));
    }

    @Override
    public void sendVerificationEmail(String userId, String clientId, String redirectUri) {
        run(
                "send the verification mail to user " + userId,
                () -> realmResource().users().get(userId).sendVerifyEmail(clientId, redirectUri));
    }

    @Override
    public boolean isEmailVerified(String userId) {
        try {
            return Boolean.TRUE.equals(
                    realmResource().users().get(userId).toRepresentation().isEmailVerified());
        } catch (NotFoundException absent) {
            return false;
        } catch (WebApplicationException | ProcessingException e) {
            throw failure("read user " + userId, e);
        }
    }

    /** How many users the realm has. Keycloak-specific: for checks that a refused sign-up created nobody. */
    public long userCount() {
        return call("count the users", () -> realmResource().users().count());
    }

    @Override
    public void close() {
        keycloak.close();
    }

    private RealmResource realmResource() {
        return keycloak.realm(realm);
    }

    private OrganizationMembersResource members(String organizationId) {
        return realmResource().organizations().get(organizationId).members();
    }

    private String created(String what, Supplier<Response> create) {
        try (Response response = call(what, create)) {
            return CreatedResponseUtil.getCreatedId(response);
        } catch (WebApplicationException e) {
            throw failure(what, e);
        }
    }

    private <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException | ProcessingException e) {
            throw failure(what, e);
        }
    }

    private void run(String what, Runnable call) {
        try {
            call.run();
        } catch (WebApplicationException | ProcessingException e) {
            throw failure(what, e);
        }
    }

    /** A refused login surfaces as a processing error around the token request's own failure: that one tells. */
    private static IdentityAdminException failure(String what, RuntimeException e) {
        if (e instanceof ProcessingException && e.getCause() instanceof WebApplicationException web) {
            return failure(what, web);
        }
        if (e instanceof WebApplicationException web) {
            Response response = web.getResponse();
            return new IdentityAdminException(
                    "Keycloak answered " + response.getStatus() + " to " + what + ": " + bodyOf(response),
                    response.getStatus(),
                    e);
        }
        return new IdentityAdminException(what + " failed: " + e.getMessage(), -1, e);
    }

    private static String bodyOf(Response response) {
        try {
            String body = response.readEntity(String.class);
            return body == null || body.isBlank() ? "(empty body)" : body;
        } catch (RuntimeException unreadable) {
            return "(body not readable: " + unreadable.getMessage() + ")";
        }
    }

    private static CredentialRepresentation passwordCredential(String password) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        return credential;
    }

    private static ProtocolMapperRepresentation copyWithoutId(ProtocolMapperRepresentation mapper) {
        ProtocolMapperRepresentation copy = new ProtocolMapperRepresentation();
        copy.setName(mapper.getName());
        copy.setProtocol(mapper.getProtocol());
        copy.setProtocolMapper(mapper.getProtocolMapper());
        copy.setConfig(new HashMap<>(mapper.getConfig()));
        return copy;
    }

    private static List<String> names(List<ClientScopeRepresentation> scopes) {
        return scopes.stream().map(ClientScopeRepresentation::getName).toList();
    }

    private static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }

    // offboarding

    @Override
    public Set<String> organizationsOf(String userId) {
        Set<String> ids = new LinkedHashSet<>();
        try {
            for (OrganizationRepresentation organization :
                    realmResource().organizations().members().getOrganizations(userId)) {
                ids.add(organization.getId());
            }
        } catch (NotFoundException noSuchUser) {
            return Set.of();
        } catch (WebApplicationException | ProcessingException e) {
            throw failure("read the organizations of user " + userId, e);
        }
        return ids;
    }

    @Override
    public void deleteOrganization(String organizationId) {
        deleted(
                "delete organization " + organizationId,
                () -> realmResource().organizations().get(organizationId).delete());
    }

    // members

    @Override
    public Optional<String> findUserIdByEmail(String email) {
        return call(
                        "find user by e-mail " + email,
                        () -> realmResource().users().searchByEmail(email, true))
                .stream()
                .filter(user -> email.equalsIgnoreCase(user.getEmail()))
                .map(UserRepresentation::getId)
                .findFirst();
    }

    @Override
    public String createInvitedUser(String email, String firstName, String lastName) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEnabled(true);
        user.setEmailVerified(false);
        user.setRequiredActions(INVITED_USER_ACTIONS);
        return created(
                "create invited user " + email, () -> realmResource().users().create(user));
    }

    @Override
    public void sendRequiredActionsMail(String userId, String clientId, String redirectUri, Duration lifespan) {
        run(
                "mail user " + userId + " the link to set a password",
                () -> realmResource()
                        .users()
                        .get(userId)
                        .executeActionsEmail(
                                clientId, redirectUri, Math.toIntExact(lifespan.toSeconds()), INVITED_USER_ACTIONS));
    }

    @Override
    public void removeOrganizationMember(String organizationId, String userId) {
        String what = "remove user " + userId + " from organization " + organizationId;
        try (Response response =
                call(what, () -> members(organizationId).member(userId).delete())) {
            // 404: no member (any more), which is what was asked for.
            if (response.getStatus() != 204 && response.getStatus() != 404) {
                throw failure(what, new WebApplicationException(response));
            }
        }
    }

    @Override
    public void deleteUser(String userId) {
        deleted("delete user " + userId, () -> realmResource().users().delete(userId));
    }

    /** Runs a delete; 404 (already gone) is what was asked for. */
    private void deleted(String what, Supplier<Response> delete) {
        try (Response response = call(what, delete)) {
            if (response.getStatus() != 204 && response.getStatus() != 200 && response.getStatus() != 404) {
                throw failure(what, new WebApplicationException(response));
            }
        } catch (NotFoundException alreadyGone) {
            // what was asked for
        }
    }

    @Override
    public void endSessions(String userId) {
        run(
                "end the sessions of user " + userId,
                () -> realmResource().users().get(userId).logout());
    }
}
