package io.stackup.core.lead.repository;

import static io.stackup.core.jooq.Tables.MEMBER_LEAD_AREA;

import io.stackup.core.tenancy.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The areas each expert covers. Every statement names the tenant; row-level security checks it again. */
@Repository
public class LeadAreaRepository {

    private final DSLContext dsl;

    LeadAreaRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The member's area keys, in key order. */
    public List<String> areas(TenantId tenant, UUID member) {
        return dsl.select(MEMBER_LEAD_AREA.AREA_KEY)
                .from(MEMBER_LEAD_AREA)
                .where(MEMBER_LEAD_AREA.TENANT_ID.eq(tenant))
                .and(MEMBER_LEAD_AREA.MEMBER_ID.eq(member))
                .orderBy(MEMBER_LEAD_AREA.AREA_KEY)
                .fetch(MEMBER_LEAD_AREA.AREA_KEY);
    }

    /** Makes {@code areas} the member's areas, all of them and only them. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void replace(TenantId tenant, UUID member, Collection<String> areas) {
        dsl.deleteFrom(MEMBER_LEAD_AREA)
                .where(MEMBER_LEAD_AREA.TENANT_ID.eq(tenant))
                .and(MEMBER_LEAD_AREA.MEMBER_ID.eq(member))
                .and(MEMBER_LEAD_AREA.AREA_KEY.notIn(areas))
                .execute();
        if (areas.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(
                MEMBER_LEAD_AREA, MEMBER_LEAD_AREA.TENANT_ID, MEMBER_LEAD_AREA.MEMBER_ID, MEMBER_LEAD_AREA.AREA_KEY);
        for (String area : areas) {
            insert = insert.values(tenant, member, area);
        }
        insert.onConflictDoNothing().execute();
    }
}
