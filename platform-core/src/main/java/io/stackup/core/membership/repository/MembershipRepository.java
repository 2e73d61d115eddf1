package io.stackup.core.membership.repository;

import static io.stackup.core.jooq.Tables.MEMBER;
import static io.stackup.core.jooq.Tables.MEMBER_INVITATION;
import static io.stackup.core.jooq.Tables.MEMBER_LEAD_AREA;
import static io.stackup.core.jooq.Tables.MEMBER_NOTIFICATION;

import io.stackup.core.membership.MemberEntry;
import io.stackup.core.membership.MemberStatus;
import io.stackup.core.membership.NewMember;
import io.stackup.core.shared.SearchPatterns;
import io.stackup.core.tenancy.Member;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.TenantId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members with their invitations, for the admins who manage them. Every statement names the tenant; row-level security
 * checks it again. An invitation is pending while its member has never logged in.
 */
@Repository
public class MembershipRepository {

    private static final Condition PENDING =
            MEMBER_INVITATION.MEMBER_ID.isNotNull().and(MEMBER.LAST_LOGIN_AT.isNull());

    private final DSLContext dsl;

    MembershipRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A page of the tenant's members by name, then id; {@code search} matches name or e-mail, case-insensitively. */
    public List<MemberEntry> find(TenantId tenant, String search, int offset, int limit) {
        return withInvitation()
                .where(MEMBER.TENANT_ID.eq(tenant))
                .and(matches(search))
                .orderBy(MEMBER.DISPLAY_NAME, MEMBER.ID)
                .offset(offset)
                .limit(limit)
                .fetch(MembershipRepository::toEntry);
    }

    public int count(TenantId tenant, String search) {
        return dsl.fetchCount(MEMBER, MEMBER.TENANT_ID.eq(tenant).and(matches(search)));
    }

    public Optional<MemberEntry> get(TenantId tenant, UUID id) {
        return withInvitation()
                .where(MEMBER.TENANT_ID.eq(tenant))
                .and(MEMBER.ID.eq(id))
                .fetchOptional(MembershipRepository::toEntry);
    }

    /** The member with this Keycloak user or this e-mail address (case-insensitively), if any. */
    public Optional<MemberEntry> findByUserOrEmail(TenantId tenant, String keycloakUserId, String email) {
        return withInvitation()
                .where(MEMBER.TENANT_ID.eq(tenant))
                .and(MEMBER.KEYCLOAK_USER_ID
                        .eq(keycloakUserId)
                        .or(DSL.lower(MEMBER.EMAIL).eq(email.toLowerCase(Locale.ROOT))))
                .limit(1)
                .fetchOptional(MembershipRepository::toEntry);
    }

    /** The member with this e-mail address (case-insensitively), if any. */
    public Optional<MemberEntry> findByEmail(TenantId tenant, String email) {
        return withInvitation()
                .where(MEMBER.TENANT_ID.eq(tenant))
                .and(DSL.lower(MEMBER.EMAIL).eq(email.toLowerCase(Locale.ROOT)))
                .limit(1)
                .fetchOptional(MembershipRepository::toEntry);
    }

    /** Creates the member, active with its roles, and its pending invitation; returns the member's id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID insertInvited(TenantId tenant, NewMember member, String invitedBy) {
        UUID id = Objects.requireNonNull(dsl.insertInto(MEMBER)
                .set(MEMBER.TENANT_ID, tenant)
                .set(MEMBER.KEYCLOAK_USER_ID, member.keycloakUserId())
                .set(MEMBER.EMAIL, member.email())
                .set(MEMBER.DISPLAY_NAME, member.displayName())
                .set(MEMBER.ROLES, sorted(member.roles()))
                .returning(MEMBER.ID)
                .fetchSingle(MEMBER.ID));
        dsl.insertInto(MEMBER_INVITATION)
                .set(MEMBER_INVITATION.TENANT_ID, tenant)
                .set(MEMBER_INVITATION.MEMBER_ID, id)
                .set(MEMBER_INVITATION.INVITED_BY, invitedBy)
                .set(MEMBER_INVITATION.CREATED_USER, member.createdUser())
                .execute();
        return id;
    }

    /** Whether the member came by an invitation (rather than by sign-up or provisioning). */
    public boolean wasInvited(TenantId tenant, UUID member) {
        return dsl.fetchExists(
                MEMBER_INVITATION, MEMBER_INVITATION.TENANT_ID.eq(tenant).and(MEMBER_INVITATION.MEMBER_ID.eq(member)));
    }

    /** Whether the invitation of the member created their Keycloak user. */
    public boolean invitationCreatedUser(TenantId tenant, UUID member) {
        return dsl.fetchExists(
                MEMBER_INVITATION,
                MEMBER_INVITATION
                        .TENANT_ID
                        .eq(tenant)
                        .and(MEMBER_INVITATION.MEMBER_ID.eq(member))
                        .and(MEMBER_INVITATION.CREATED_USER.isTrue()));
    }

    /** Counts one more sending of the member's invitation. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void markResent(TenantId tenant, UUID member) {
        dsl.update(MEMBER_INVITATION)
                .set(MEMBER_INVITATION.LAST_SENT_AT, Instant.now())
                .set(MEMBER_INVITATION.SENT_COUNT, MEMBER_INVITATION.SENT_COUNT.plus(1))
                .where(MEMBER_INVITATION.TENANT_ID.eq(tenant))
                .and(MEMBER_INVITATION.MEMBER_ID.eq(member))
                .execute();
    }

    /**
     * Locks the rows of the tenant's active admins who have joined (no pending invitation) until the transaction ends,
     * and returns their ids: a second transaction that would take an admin away waits here and then sees the first's
     * change.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<UUID> lockActiveAdmins(TenantId tenant) {
        return withInvitation()
                .where(MEMBER.TENANT_ID.eq(tenant))
                .and(MEMBER.ACTIVE.isTrue())
                .and(DSL.val(Roles.TENANT_ADMIN).eq(DSL.any(MEMBER.ROLES)))
                .and(DSL.not(PENDING))
                .orderBy(MEMBER.ID)
                .forUpdate()
                .of(MEMBER)
                .fetch(MEMBER.ID);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void setRoles(TenantId tenant, UUID member, Set<String> roles) {
        dsl.update(MEMBER)
                .set(MEMBER.ROLES, sorted(roles))
                .set(MEMBER.VERSION, MEMBER.VERSION.plus(1))
                .where(MEMBER.TENANT_ID.eq(tenant))
                .and(MEMBER.ID.eq(member))
                .execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void setActive(TenantId tenant, UUID member, boolean active) {
        dsl.update(MEMBER)
                .set(MEMBER.ACTIVE, active)
                .set(MEMBER.VERSION, MEMBER.VERSION.plus(1))
                .where(MEMBER.TENANT_ID.eq(tenant))
                .and(MEMBER.ID.eq(member))
                .execute();
    }

    /**
     * Deletes the member and what is only theirs (invitation, areas, mail choices). Fails with the foreign key's
     * violation when work refers to them (interviews, leads).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void delete(TenantId tenant, UUID member) {
        dsl.deleteFrom(MEMBER_LEAD_AREA)
                .where(MEMBER_LEAD_AREA.TENANT_ID.eq(tenant))
                .and(MEMBER_LEAD_AREA.MEMBER_ID.eq(member))
                .execute();
        dsl.deleteFrom(MEMBER_NOTIFICATION)
                .where(MEMBER_NOTIFICATION.TENANT_ID.eq(tenant))
                .and(MEMBER_NOTIFICATION.MEMBER_ID.eq(member))
                .execute();
        dsl.deleteFrom(MEMBER)
                .where(MEMBER.TENANT_ID.eq(tenant))
                .and(MEMBER.ID.eq(member))
                .execute();
    }

    private SelectOnConditionStep<Record> withInvitation() {
        return dsl.select(MEMBER.fields())
                .select(MEMBER_INVITATION.INVITED_AT, MEMBER_INVITATION.MEMBER_ID)
                .from(MEMBER)
                .leftJoin(MEMBER_INVITATION)
                .on(MEMBER_INVITATION.TENANT_ID.eq(MEMBER.TENANT_ID))
                .and(MEMBER_INVITATION.MEMBER_ID.eq(MEMBER.ID));
    }

    private static Condition matches(String search) {
        if (search.isBlank()) {
            return DSL.noCondition();
        }
        String pattern = SearchPatterns.contains(search);
        return DSL.lower(MEMBER.DISPLAY_NAME)
                .like(pattern)
                .or(DSL.lower(MEMBER.EMAIL).like(pattern));
    }

    private static String[] sorted(Collection<String> roles) {
        return roles.stream().sorted().toArray(String[]::new);
    }

    private static MemberEntry toEntry(Record r) {
        Member member = new Member(
                r.get(MEMBER.ID),
                r.get(MEMBER.TENANT_ID),
                r.get(MEMBER.KEYCLOAK_USER_ID),
                r.get(MEMBER.EMAIL),
                r.get(MEMBER.DISPLAY_NAME),
                Set.of(r.get(MEMBER.ROLES)),
                r.get(MEMBER.ACTIVE),
                r.get(MEMBER.LAST_LOGIN_AT));
        boolean invited = r.get(MEMBER_INVITATION.MEMBER_ID) != null;
        MemberStatus status = !member.active()
                ? MemberStatus.DEACTIVATED
                : invited && member.lastLoginAt() == null ? MemberStatus.INVITED : MemberStatus.ACTIVE;
        return new MemberEntry(member, status, r.get(MEMBER_INVITATION.INVITED_AT));
    }
}
