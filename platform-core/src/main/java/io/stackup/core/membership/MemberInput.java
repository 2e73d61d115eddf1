package io.stackup.core.membership;

import io.stackup.core.template.Problem;
import io.stackup.core.tenancy.Roles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The checks of what an admin types about a member, done once where it enters (the invite dialog, the API), before the
 * identity provider is asked anything. Problems name the field: {@code $.email}, {@code $.name}, {@code $.roles}.
 */
public final class MemberInput {

    /** The roles a member of a tenant may hold, in the order they are shown. */
    public static final List<String> ROLES = List.of(Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT);

    /** The longest e-mail address taken (RFC 5321's path limit less the brackets). */
    public static final int MAX_EMAIL = 254;

    /** The longest display name taken (the member table's limit). */
    public static final int MAX_NAME = 200;

    /**
     * One @, a local part without spaces, a domain of dot-separated labels with a top-level one: what mail can be sent
     * to in practice; quoted local parts and address literals are refused.
     */
    private static final Pattern EMAIL =
            Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,63}$");

    private MemberInput() {}

    /** The address as stored: stripped and lower-cased (Keycloak keeps usernames lower-case). */
    public static String normalEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** The problems of an invitation; empty when it may go ahead. */
    public static List<Problem> checkInvitation(
            @Nullable String email, @Nullable String name, @Nullable Collection<String> roles) {
        List<Problem> problems = new ArrayList<>();
        String address = email == null ? "" : email.strip();
        if (address.isEmpty()) {
            problems.add(new Problem("$.email", "enter the e-mail address of the person to invite"));
        } else if (address.length() > MAX_EMAIL) {
            problems.add(new Problem("$.email", "at most " + MAX_EMAIL + " characters"));
        } else if (!EMAIL.matcher(address).matches() || address.contains("..")) {
            problems.add(new Problem("$.email", "not an e-mail address, e.g. name@example.com"));
        }
        if (name != null && name.strip().length() > MAX_NAME) {
            problems.add(new Problem("$.name", "at most " + MAX_NAME + " characters"));
        }
        problems.addAll(checkRoles(roles));
        return problems;
    }

    /** The problems of a set of roles: none at all, or one that is no member role. */
    public static List<Problem> checkRoles(@Nullable Collection<String> roles) {
        if (roles == null || roles.isEmpty()) {
            return List.of(new Problem("$.roles", "choose at least one role: " + String.join(", ", ROLES)));
        }
        Set<String> unknown = new LinkedHashSet<>();
        for (String role : roles) {
            if (!ROLES.contains(role)) {
                unknown.add(String.valueOf(role));
            }
        }
        if (!unknown.isEmpty()) {
            return List.of(new Problem(
                    "$.roles",
                    "unknown role " + String.join(", ", unknown) + "; the roles are " + String.join(", ", ROLES)));
        }
        return List.of();
    }

    /** The name to show for an invitee: the one given, or the part of the address before the @. */
    public static String displayName(@Nullable String name, String email) {
        String given = name == null ? "" : name.strip();
        if (!given.isEmpty()) {
            return given;
        }
        String address = normalEmail(email);
        int at = address.indexOf('@');
        return at > 0 ? address.substring(0, at) : address;
    }

    /** Why a person who is a member of the tenant already cannot be invited, and what to do instead. */
    public static String alreadyMember(MemberEntry existing) {
        return switch (existing.status()) {
            case ACTIVE -> "is already a member of this workspace";
            case INVITED -> "is invited already: resend the invitation instead";
            case DEACTIVATED -> "is a deactivated member of this workspace: reactivate them instead";
        };
    }
}
