package io.stackup.core.notification.repository;

import static io.stackup.core.jooq.Tables.MEMBER;
import static io.stackup.core.jooq.Tables.MEMBER_LEAD_AREA;
import static io.stackup.core.jooq.Tables.MEMBER_NOTIFICATION;

import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.TenantId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Members' mail choices, and the recipients of each kind of mail. */
@Repository
public class NotificationRepository {

    private final DSLContext dsl;

    NotificationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Whether the member wants a mail for each new lead in their areas; true when they never chose. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean newLeads(TenantId tenant, UUID member) {
        return dsl.select(MEMBER_NOTIFICATION.NEW_LEADS)
                .from(MEMBER_NOTIFICATION)
                .where(MEMBER_NOTIFICATION.TENANT_ID.eq(tenant))
                .and(MEMBER_NOTIFICATION.MEMBER_ID.eq(member))
                .fetchOptional(MEMBER_NOTIFICATION.NEW_LEADS)
                .orElse(true);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void setNewLeads(TenantId tenant, UUID member, boolean newLeads) {
        dsl.insertInto(MEMBER_NOTIFICATION)
                .set(MEMBER_NOTIFICATION.TENANT_ID, tenant)
                .set(MEMBER_NOTIFICATION.MEMBER_ID, member)
                .set(MEMBER_NOTIFICATION.NEW_LEADS, newLeads)
                .set(MEMBER_NOTIFICATION.UPDATED_AT, Instant.now())
                .onConflict(MEMBER_NOTIFICATION.TENANT_ID, MEMBER_NOTIFICATION.MEMBER_ID)
                .doUpdate()
                .set(MEMBER_NOTIFICATION.NEW_LEADS, newLeads)
                .set(MEMBER_NOTIFICATION.UPDATED_AT, Instant.now())
                .execute();
    }

    /**
     * The e-mail addresses of the active experts who want a mail for a new lead with gaps in {@code areas}: those who
     * cover one of them, and those who declared no area (they cover all); minus those who opted out. By address.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> newLeadRecipients(TenantId tenant, Collection<String> areas) {
        var anyArea = DSL.selectOne()
                .from(MEMBER_LEAD_AREA)
                .where(MEMBER_LEAD_AREA.TENANT_ID.eq(MEMBER.TENANT_ID))
                .and(MEMBER_LEAD_AREA.MEMBER_ID.eq(MEMBER.ID));
        var covered = DSL.selectOne()
                .from(MEMBER_LEAD_AREA)
                .where(MEMBER_LEAD_AREA.TENANT_ID.eq(MEMBER.TENANT_ID))
                .and(MEMBER_LEAD_AREA.MEMBER_ID.eq(MEMBER.ID))
                .and(MEMBER_LEAD_AREA.AREA_KEY.in(areas));
        var optedOut = DSL.selectOne()
                .from(MEMBER_NOTIFICATION)
                .where(MEMBER_NOTIFICATION.TENANT_ID.eq(MEMBER.TENANT_ID))
                .and(MEMBER_NOTIFICATION.MEMBER_ID.eq(MEMBER.ID))
                .and(MEMBER_NOTIFICATION.NEW_LEADS.isFalse());
        return dsl.select(MEMBER.EMAIL)
                .from(MEMBER)
                .where(MEMBER.TENANT_ID.eq(tenant))
                .and(MEMBER.ACTIVE.isTrue())
                .and(DSL.val(Roles.EXPERT).eq(DSL.any(MEMBER.ROLES)))
                .and(DSL.notExists(anyArea).or(DSL.exists(covered)))
                .and(DSL.notExists(optedOut))
                .orderBy(MEMBER.EMAIL)
                .fetch(MEMBER.EMAIL);
    }

    /** The e-mail addresses of the tenant's active admins, by address. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> admins(TenantId tenant) {
        return dsl.select(MEMBER.EMAIL)
                .from(MEMBER)
                .where(MEMBER.TENANT_ID.eq(tenant))
                .and(MEMBER.ACTIVE.isTrue())
                .and(DSL.val(Roles.TENANT_ADMIN).eq(DSL.any(MEMBER.ROLES)))
                .orderBy(MEMBER.EMAIL)
                .fetch(MEMBER.EMAIL);
    }
}
