package io.stackup.core.settings.repository;

import static io.stackup.core.jooq.Tables.TENANT;
import static io.stackup.core.jooq.Tables.TENANT_LOGO;

import io.stackup.core.tenancy.TenantId;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** A tenant's settings: columns of its registry row, and its logo (tenant-owned, under row-level security). */
@Repository
public class SettingsRepository {

    /** The stored settings, as they are (nulls where the platform's default applies). */
    public record Stored(
            String name,
            @Nullable String accentColour,
            @Nullable Integer leadPickupHours,
            @Nullable String timeZone,
            @Nullable String defaultLanguage,
            int version) {}

    private final DSLContext dsl;

    SettingsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Stored> find(TenantId tenant) {
        return dsl.select(
                        TENANT.NAME,
                        TENANT.ACCENT_COLOUR,
                        TENANT.LEAD_PICKUP_HOURS,
                        TENANT.TIME_ZONE,
                        TENANT.DEFAULT_LANGUAGE,
                        TENANT.VERSION)
                .from(TENANT)
                .where(TENANT.ID.eq(tenant))
                .fetchOptional(r -> new Stored(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    /**
     * Writes the settings when the tenant is still at {@code expectedVersion}, and moves it to the next.
     *
     * @return whether it was written (false: someone changed it meanwhile)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean update(TenantId tenant, Stored settings, int expectedVersion) {
        return dsl.update(TENANT)
                        .set(TENANT.NAME, settings.name())
                        .set(TENANT.ACCENT_COLOUR, settings.accentColour())
                        .set(TENANT.LEAD_PICKUP_HOURS, settings.leadPickupHours())
                        .set(TENANT.TIME_ZONE, settings.timeZone())
                        .set(TENANT.DEFAULT_LANGUAGE, settings.defaultLanguage())
                        .set(TENANT.VERSION, TENANT.VERSION.plus(1))
                        .where(TENANT.ID.eq(tenant).and(TENANT.VERSION.eq(expectedVersion)))
                        .execute()
                == 1;
    }

    public Optional<byte[]> logo(TenantId tenant) {
        return dsl.select(TENANT_LOGO.PNG)
                .from(TENANT_LOGO)
                .where(TENANT_LOGO.TENANT_ID.eq(tenant))
                .fetchOptional(TENANT_LOGO.PNG);
    }

    public boolean hasLogo(TenantId tenant) {
        return dsl.fetchExists(TENANT_LOGO, TENANT_LOGO.TENANT_ID.eq(tenant));
    }

    /** Stores the tenant's logo (already re-encoded), replacing any before it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void saveLogo(TenantId tenant, byte[] png, int width, int height) {
        Instant now = Instant.now();
        dsl.insertInto(TENANT_LOGO)
                .set(TENANT_LOGO.TENANT_ID, tenant)
                .set(TENANT_LOGO.PNG, png)
                .set(TENANT_LOGO.WIDTH, width)
                .set(TENANT_LOGO.HEIGHT, height)
                .set(TENANT_LOGO.UPDATED_AT, now)
                .onConflict(TENANT_LOGO.TENANT_ID)
                .doUpdate()
                .set(TENANT_LOGO.PNG, png)
                .set(TENANT_LOGO.WIDTH, width)
                .set(TENANT_LOGO.HEIGHT, height)
                .set(TENANT_LOGO.UPDATED_AT, now)
                .execute();
    }

    /** Removes the tenant's logo; whether it had one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean deleteLogo(TenantId tenant) {
        return dsl.deleteFrom(TENANT_LOGO)
                        .where(TENANT_LOGO.TENANT_ID.eq(tenant))
                        .execute()
                == 1;
    }
}
