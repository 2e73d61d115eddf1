package io.stackup.core.tenancy;

import java.util.Set;

/**
 * Stackup's roles, the one place their names are written. A person's roles in a tenant ({@link #OF_MEMBERS}) are the
 * {@code roles} of their member row in that tenant, and nowhere else; only {@link #PLATFORM_OPERATOR} is a realm role
 * of the Keycloak realm, carried in the access token (docs/adr/0014-roles-per-tenant.md). Services check them with
 * {@code @RolesAllowed}, which needs compile-time constants, hence strings and not an enum.
 */
public final class Roles {

    /** Runs a tenant: authors templates, manages prospects, assigns, reassigns and cancels interviews, offers links. */
    public static final String TENANT_ADMIN = "tenant-admin";

    /** Runs the interviews given to them and manages prospects. */
    public static final String INTERVIEWER = "interviewer";

    /** Reads completed interviews and picks up the leads they qualify. */
    public static final String EXPERT = "expert";

    /** Runs the platform: sees every tenant and belongs to none. */
    public static final String PLATFORM_OPERATOR = "platform-operator";

    /**
     * Held by no person: the self-assessment feature takes it for the length of one request, after it resolved an
     * active public link, so that it may record the submission and read it back. A realm role of this name in a token
     * is ignored, since it is not in {@link #OF_TOKEN}.
     */
    public static final String SELF_ASSESSMENT = "self-assessment";

    /** The roles a person holds in a tenant, on their member row. */
    public static final Set<String> OF_MEMBERS = Set.of(TENANT_ADMIN, INTERVIEWER, EXPERT);

    /**
     * The roles a token can give a person: the platform's own. Every other realm role in a token ({@code offline_access},
     * or a tenant role left in the realm) means nothing here.
     */
    public static final Set<String> OF_TOKEN = Set.of(PLATFORM_OPERATOR);

    private Roles() {}

    /** The Spring Security authority of a role, what {@code @RolesAllowed(role)} checks: {@code ROLE_} and its name. */
    public static String authority(String role) {
        return "ROLE_" + role;
    }
}
