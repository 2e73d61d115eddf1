--liquibase formatted sql

--changeset stackup:0015-tenant-settings
-- A tenant's settings (io.stackup.core.settings): its accent colour (#rrggbb, used by the UI's header and the
-- customer report), its time zone (an IANA id, checked by the application as a java.time.ZoneId) and its default
-- language (one the UI is translated into). NULL keeps the platform's default. The name and the lead pick-up time
-- are columns already. Changes bump tenant.version, the settings' optimistic lock.
ALTER TABLE tenant ADD COLUMN accent_colour text CHECK (accent_colour ~ '^#[0-9a-f]{6}$');
ALTER TABLE tenant ADD COLUMN time_zone text CHECK (length(time_zone) BETWEEN 1 AND 100);
ALTER TABLE tenant ADD COLUMN default_language text CHECK (default_language ~ '^[a-z]{2,3}$');

--changeset stackup:0015-tenant-suspension
-- Why and when a platform operator suspended the tenant; shown to its members and in the API's 403. Cleared when it
-- is reactivated.
ALTER TABLE tenant ADD COLUMN suspension_reason text CHECK (length(suspension_reason) BETWEEN 1 AND 500);
ALTER TABLE tenant ADD COLUMN suspended_at timestamptz;
ALTER TABLE tenant ADD CONSTRAINT tenant_suspension_only_when_suspended
    CHECK (status = 'suspended' OR (suspension_reason IS NULL AND suspended_at IS NULL));

--changeset stackup:0015-tenant-logo
-- A tenant's logo, as the application re-encoded it (a PNG of at most 400 x 120 pixels, never the uploaded bytes).
-- Tenant-owned: only the tenant's own work reads it.
CREATE TABLE tenant_logo (
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    png bytea NOT NULL CHECK (length(png) BETWEEN 8 AND 1048576),
    width integer NOT NULL CHECK (width BETWEEN 1 AND 400),
    height integer NOT NULL CHECK (height BETWEEN 1 AND 120),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id)
);
ALTER TABLE tenant_logo ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant_logo FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_logo_tenant_isolation ON tenant_logo
    USING (tenant_id = stackup_current_tenant())
    WITH CHECK (tenant_id = stackup_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON tenant_logo TO ${app_role};

--changeset stackup:0015-tenant-activity splitStatements:false
-- The platform operators' only view into tenants (ADR 0015): per tenant, how many members and interviews it has and
-- when anything last happened, nothing else. The application's role cannot read across tenants (ADR 0001); this
-- function, owned by the owner role, visits each asked tenant by binding it for one statement at a time (row-level
-- security still applies, also to the owner), returns only the counts, and restores the caller's binding, so calling
-- it never leaves a tenant bound. It takes tenant ids, which the tenant registry already shows to the caller.
CREATE FUNCTION stackup_tenant_activity(tenant_ids uuid[])
    RETURNS TABLE (tenant_id uuid, members bigint, interviews bigint, last_activity timestamptz)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
DECLARE
    previous text := current_setting('app.tenant_id', true);
    one uuid;
BEGIN
    IF cardinality(tenant_ids) > 200 THEN
        RAISE EXCEPTION 'at most 200 tenants at a time';
    END IF;
    FOREACH one IN ARRAY coalesce(tenant_ids, '{}') LOOP
        PERFORM set_config('app.tenant_id', one::text, true);
        tenant_id := one;
        SELECT count(*) INTO members FROM member m WHERE m.tenant_id = one;
        SELECT count(*) INTO interviews FROM interview i WHERE i.tenant_id = one;
        SELECT greatest(
                (SELECT max(m.last_login_at) FROM member m WHERE m.tenant_id = one),
                (SELECT max(i.updated_at) FROM interview i WHERE i.tenant_id = one),
                (SELECT max(a.at) FROM audit_event a WHERE a.tenant_id = one))
            INTO last_activity;
        RETURN NEXT;
    END LOOP;
    -- An error ends the transaction, and its setting with it; a normal return restores the caller's.
    PERFORM set_config('app.tenant_id', coalesce(previous, ''), true);
END
$$;
REVOKE ALL ON FUNCTION stackup_tenant_activity(uuid[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stackup_tenant_activity(uuid[]) TO ${app_role};
