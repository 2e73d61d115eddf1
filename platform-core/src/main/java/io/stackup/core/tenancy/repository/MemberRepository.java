package io.stackup.core.tenancy.repository;

import static io.stackup.core.jooq.Tables.MEMBER;

import io.stackup.core.jooq.tables.records.MemberRecord;
import io.stackup.core.shared.SearchPatterns;
import io.stackup.core.tenancy.Member;
import io.stackup.core.tenancy.MemberLogin;
import io.stackup.core.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members of the current tenant. Every statement names the tenant explicitly; row-level security checks it again.
 */
@Repository
public class MemberRepository {

    private final DSLContext dsl;

    MemberRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Keeps an existing member's e-mail address, name and last login in step with a login. Never creates a member and
     * never touches roles or {@code active}: roles live on the member row alone (docs/adr/0014-roles-per-tenant.md).
     *
     * @return the member after the update; empty when the person has no member row in the tenant
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Member> recordLogin(TenantId tenant, MemberLogin login) {
        return dsl.update(MEMBER)
                .set(MEMBER.EMAIL, login.email())
                .set(MEMBER.DISPLAY_NAME, login.displayName())
                .set(MEMBER.LAST_LOGIN_AT, Instant.now())
                .set(MEMBER.VERSION, MEMBER.VERSION.plus(1))
                .where(MEMBER.TENANT_ID.eq(tenant))
                .and(MEMBER.KEYCLOAK_USER_ID.eq(login.keycloakUserId()))
                .returning()
                .fetchOptional(MemberRepository::toMember);
    }

    /** Creates the member unless it exists; an existing member is returned unchanged. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Member ensure(TenantId tenant, MemberLogin login) {
        dsl.insertInto(MEMBER)
                .set(MEMBER.TENANT_ID, tenant)
                .set(MEMBER.KEYCLOAK_USER_ID, login.keycloakUserId())
                .set(MEMBER.EMAIL, login.email())
                .set(MEMBER.DISPLAY_NAME, login.displayName())
                .set(MEMBER.ROLES, login.roles().stream().sorted().toArray(String[]::new))
                .onConflict(MEMBER.TENANT_ID, MEMBER.KEYCLOAK_USER_ID)
                .doNothing()
                .execute();
        return findByKeycloakUser(tenant, login.keycloakUserId()).orElseThrow();
    }

    /** The member with this e-mail address, case-insensitively; the most recently active one if several share it. */
    public Optional<Member> findByEmail(TenantId tenant, String email) {
        return dsl.selectFrom(MEMBER)
                .where(MEMBER.TENANT_ID.eq(tenant))
                .and(DSL.lower(MEMBER.EMAIL).eq(email.strip().toLowerCase(Locale.ROOT)))
                .orderBy(MEMBER.ACTIVE.desc(), MEMBER.LAST_LOGIN_AT.desc().nullsLast())
                .limit(1)
                .fetchOptional(MemberRepository::toMember);
    }

    public Optional<Member> findByKeycloakUser(TenantId tenant, String keycloakUserId) {
        return dsl.selectFrom(MEMBER)
                .where(MEMBER.TENANT_ID.eq(tenant))
                .and(MEMBER.KEYCLOAK_USER_ID.eq(keycloakUserId))
                .fetchOptional(MemberRepository::toMember);
    }

    /** A page of the tenant's members, by name; {@code search} matches name or email, case-insensitively. */
    public List<Member> find(TenantId tenant, String search, int offset, int limit) {
        return dsl.selectFrom(MEMBER)
                .where(MEMBER.TENANT_ID.eq(tenant))
                .and(matches(search))
                .orderBy(MEMBER.DISPLAY_NAME, MEMBER.ID)
                .offset(offset)
                .limit(limit)
                .fetch(MemberRepository::toMember);
    }

    public int count(TenantId tenant, String search) {
        return dsl.fetchCount(MEMBER, MEMBER.TENANT_ID.eq(tenant).and(matches(search)));
    }

    /** A page of the tenant's active members who hold {@code role}, by name; {@code search} as in find. */
    public List<Member> findActiveWithRole(TenantId tenant, String role, String search, int offset, int limit) {
        return dsl.selectFrom(MEMBER)
                .where(MEMBER.TENANT_ID.eq(tenant))
                .and(MEMBER.ACTIVE.isTrue())
                .and(DSL.val(role).eq(DSL.any(MEMBER.ROLES)))
                .and(matches(search))
                .orderBy(MEMBER.DISPLAY_NAME, MEMBER.ID)
                .offset(offset)
                .limit(limit)
                .fetch(MemberRepository::toMember);
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

    private static Member toMember(MemberRecord r) {
        return new Member(
                r.getId(),
                r.getTenantId(),
                r.getKeycloakUserId(),
                r.getEmail(),
                r.getDisplayName(),
                Set.of(r.getRoles()),
                r.getActive(),
                r.getLastLoginAt());
    }
}
