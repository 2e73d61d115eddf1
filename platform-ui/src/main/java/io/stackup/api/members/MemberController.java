package io.stackup.api.members;

import io.stackup.api.BadRequestException;
import io.stackup.api.Paging;
import io.stackup.api.ProblemResponses;
import io.stackup.core.membership.MemberEntry;
import io.stackup.core.membership.MemberNotFoundException;
import io.stackup.core.template.Problem;
import io.stackup.core.tenancy.Roles;
import io.stackup.tenantadmin.members.Invitation;
import io.stackup.tenantadmin.members.Invited;
import io.stackup.tenantadmin.members.MemberAdministration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A tenant admin's members: the paged list (with search), invitations (invite, resend, revoke), roles, deactivation
 * and reactivation, an expert's areas. A member of another tenant, or no id at all, is 404; demoting or deactivating the
 * last active admin is 409 ({@code last-admin}); fields that do not fit are 422 naming each.
 */
@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "Members")
class MemberController {

    private final MemberAdministration members;

    MemberController(MemberAdministration members) {
        this.members = members;
    }

    /**
     * A member: {@code status} is {@code active}, {@code invited} (pending until their first login) or
     * {@code deactivated}; {@code invitedAt} only for those who came by invitation.
     */
    record View(
            String id,
            String email,
            String name,
            List<String> roles,
            String status,
            @Nullable Instant invitedAt,
            @Nullable Instant lastLoginAt) {
        static View of(MemberEntry e) {
            return new View(
                    e.member().id().toString(),
                    e.member().email(),
                    e.member().displayName(),
                    List.copyOf(new TreeSet<>(e.member().roles())),
                    e.status().apiName(),
                    e.invitedAt(),
                    e.member().lastLoginAt());
        }
    }

    /** An invitation: {@code email}, {@code name} (optional), {@code roles} (at least one). */
    record InvitationBody(
            @Nullable String email,
            @Nullable String name,
            @Nullable List<@Nullable String> roles) {}

    /** The invited member, whether they had no account yet, and whether the mail went out now. */
    record InvitedView(View member, boolean newAccount, boolean mailSent) {
        static InvitedView of(Invited invited) {
            return new InvitedView(View.of(invited.member()), invited.newAccount(), invited.mailSent());
        }
    }

    /** A pending invitation sent again: the member, and whether the mail went out now. */
    record ResentView(View member, boolean mailSent) {}

    /** The roles a member is to hold, all of them. */
    record RolesBody(@Nullable List<@Nullable String> roles) {}

    @GetMapping
    @Operation(operationId = "listMembers", summary = "The tenant's members by name; search matches name or e-mail")
    Paging.Page<View> list(
            @RequestParam(defaultValue = "") String search,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Paging paging = Paging.of(page, size);
        return paging.page(
                members.find(search, paging.offset(), paging.size()).stream()
                        .map(View::of)
                        .toList(),
                members.count(search));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getMember", summary = "One member")
    View get(@PathVariable String id) {
        return View.of(members.get(parse(id)));
    }

    @RolesAllowed(Roles.TENANT_ADMIN)
    @PostMapping(value = "/invitations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "inviteMember",
            summary = "Invites a person by e-mail with roles; they set a password through the sign-in service")
    @ProblemResponses(HttpStatus.UNPROCESSABLE_CONTENT)
    InvitedView invite(@RequestBody InvitationBody body) {
        return InvitedView.of(members.invite(new Invitation(body.email(), body.name(), roles(body.roles()))));
    }

    @PostMapping("/{id}/invitation")
    @Operation(operationId = "resendInvitation", summary = "Sends a pending invitation again")
    @ProblemResponses(HttpStatus.CONFLICT)
    ResentView resend(@PathVariable String id) {
        UUID member = parse(id);
        boolean sent = members.resend(member);
        return new ResentView(View.of(members.get(member)), sent);
    }

    @DeleteMapping("/{id}/invitation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "revokeInvitation", summary = "Takes back a pending invitation; the member is removed")
    @ProblemResponses(HttpStatus.CONFLICT)
    void revoke(@PathVariable String id) {
        members.revoke(parse(id));
    }

    @RolesAllowed(Roles.TENANT_ADMIN)
    @PutMapping(value = "/{id}/roles", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "changeMemberRoles", summary = "Gives the member exactly these roles")
    @ProblemResponses({HttpStatus.CONFLICT, HttpStatus.UNPROCESSABLE_CONTENT})
    View changeRoles(@PathVariable String id, @RequestBody RolesBody body) {
        UUID member = parse(id);
        return View.of(members.changeRoles(member, roles(body.roles())));
    }

    @PostMapping("/{id}/deactivate")
    @Operation(operationId = "deactivateMember", summary = "Takes the member's access away and ends their sessions")
    @ProblemResponses(HttpStatus.CONFLICT)
    View deactivate(@PathVariable String id) {
        return View.of(members.deactivate(parse(id)));
    }

    @PostMapping("/{id}/reactivate")
    @Operation(operationId = "reactivateMember", summary = "Gives a deactivated member their access back")
    View reactivate(@PathVariable String id) {
        return View.of(members.reactivate(parse(id)));
    }

    @GetMapping("/{id}/areas")
    @Operation(operationId = "getMemberAreas", summary = "The areas an expert covers, in key order")
    List<String> areas(@PathVariable String id) {
        return members.areas(parse(id));
    }

    @RolesAllowed(Roles.TENANT_ADMIN)
    @PutMapping(value = "/{id}/areas", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "changeMemberAreas", summary = "Makes these the areas the expert covers")
    @ProblemResponses(HttpStatus.UNPROCESSABLE_CONTENT)
    List<String> changeAreas(@PathVariable String id, @RequestBody List<@Nullable String> keys) {
        UUID member = parse(id);
        List<Problem> problems = new ArrayList<>();
        List<String> given = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            if (key == null) {
                problems.add(new Problem("$[" + i + "]", "must be an area key, not null"));
            } else {
                given.add(key);
            }
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        return members.changeAreas(member, given);
    }

    /** The roles given, without nulls; null for none given, which the service refuses at {@code $.roles}. */
    private static @Nullable Set<String> roles(@Nullable List<@Nullable String> roles) {
        if (roles == null) {
            return null;
        }
        Set<String> given = new LinkedHashSet<>();
        for (String role : roles) {
            given.add(role == null ? "null" : role);
        }
        return given;
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new MemberNotFoundException(id);
        }
    }
}
