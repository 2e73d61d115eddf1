--liquibase formatted sql

--changeset stackup:0016-tenant-deletion
-- A tenant admin's request to delete the tenant (docs/spec/api.md, "Offboarding"): when it was asked, by whom, and when
-- the deletion runs (the end of the grace period, during which the admin may cancel it). NULL: no deletion pending.
-- The work itself is a db-scheduler task (task name tenant-deletion, instance the tenant's id) due at deletion_due_at.
ALTER TABLE tenant ADD COLUMN deletion_requested_at timestamptz;
ALTER TABLE tenant ADD COLUMN deletion_requested_by text CHECK (length(deletion_requested_by) <= 200);
ALTER TABLE tenant ADD COLUMN deletion_due_at timestamptz;
ALTER TABLE tenant ADD CONSTRAINT tenant_deletion_complete
    CHECK ((deletion_requested_at IS NULL) = (deletion_due_at IS NULL));

--changeset stackup:0016-purge-may-delete-frozen-rows splitStatements:false
-- Published templates and the answers of closed interviews never change "whatever the application does"; the one
-- exception is the purge of a whole tenant, which runs as the tables' owner inside stackup_purge_tenant() and names the
-- tenant it purges in stackup.purge_tenant. The application role owns nothing, so it can never be that owner.
CREATE OR REPLACE FUNCTION stackup_purging(row_tenant uuid, tbl oid) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$
        SELECT current_setting('stackup.purge_tenant', true) = row_tenant::text
           AND current_user = (SELECT pg_get_userbyid(c.relowner) FROM pg_class c WHERE c.oid = tbl)
    $$;

CREATE OR REPLACE FUNCTION template_published_is_immutable() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP = 'DELETE' AND stackup_purging(OLD.tenant_id, TG_RELID) THEN
        RETURN OLD;
    END IF;
    IF OLD.status = 'published' THEN
        RAISE EXCEPTION 'template % is published and cannot change', OLD.id
            USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END
$$;

CREATE OR REPLACE FUNCTION interview_answer_frozen() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    s text;
BEGIN
    IF TG_OP = 'DELETE' AND stackup_purging(OLD.tenant_id, TG_RELID) THEN
        RETURN OLD;
    END IF;
    SELECT status INTO s FROM interview
        WHERE tenant_id = CASE TG_OP WHEN 'DELETE' THEN OLD.tenant_id ELSE NEW.tenant_id END
          AND id = CASE TG_OP WHEN 'DELETE' THEN OLD.interview_id ELSE NEW.interview_id END;
    IF s IN ('completed', 'cancelled') THEN
        RAISE EXCEPTION 'interview is % and its answers cannot change', s
            USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END
$$;

--changeset stackup:0016-purge-tenant splitStatements:false
-- Deletes every row of one tenant: from every table of this schema that has a tenant_id column (found in the catalog
-- at each run, so a table added later is purged without a change here), in an order the foreign keys allow (a table
-- goes once no other remaining table references it), including the append-only audit_event, which the application role
-- cannot delete; then the tenant's scheduled work (every scheduled_tasks row whose data names the tenant, except the
-- running tenant-deletion task, which the scheduler removes when it ends) and the tenant row. Runs as the owner
-- (SECURITY DEFINER); row-level security still applies (forced), so it binds app.tenant_id to the tenant.
-- It refuses unless the caller's transaction is bound to that very tenant and the tenant's deletion is due: the
-- application can only purge the tenant it works for, and only after a deletion request's grace period.
-- Returns the number of tenant-owned rows deleted.
CREATE FUNCTION stackup_purge_tenant(purged uuid) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
DECLARE
    remaining oid[];
    tbl oid;
    progressed boolean;
    n bigint;
    total bigint := 0;
BEGIN
    IF purged IS NULL OR purged IS DISTINCT FROM stackup_current_tenant() THEN
        RAISE EXCEPTION 'only the tenant bound to the transaction may be purged'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM tenant WHERE id = purged AND deletion_due_at <= now()) THEN
        RAISE EXCEPTION 'tenant % has no deletion due', purged
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM set_config('app.tenant_id', purged::text, true);
    PERFORM set_config('stackup.purge_tenant', purged::text, true);
    SELECT coalesce(array_agg(c.oid), '{}') INTO remaining
        FROM pg_class c
        JOIN pg_namespace ns ON ns.oid = c.relnamespace AND ns.nspname = 'public'
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
        WHERE c.relkind IN ('r', 'p');
    WHILE cardinality(remaining) > 0 LOOP
        progressed := false;
        FOREACH tbl IN ARRAY remaining LOOP
            IF NOT EXISTS (SELECT 1 FROM pg_constraint k
                           WHERE k.contype = 'f' AND k.confrelid = tbl AND k.conrelid <> tbl
                             AND k.conrelid = ANY (remaining)) THEN
                EXECUTE format('DELETE FROM %s WHERE tenant_id = $1', tbl::regclass) USING purged;
                GET DIAGNOSTICS n = ROW_COUNT;
                total := total + n;
                remaining := array_remove(remaining, tbl);
                progressed := true;
            END IF;
        END LOOP;
        IF NOT progressed THEN
            RAISE EXCEPTION 'the foreign keys of % form a cycle; cannot order the purge', remaining::regclass[];
        END IF;
    END LOOP;
    DELETE FROM scheduled_tasks
        WHERE task_name <> 'tenant-deletion'
          AND position(convert_to(purged::text, 'UTF8') IN coalesce(task_data, ''::bytea)) > 0;
    DELETE FROM tenant WHERE id = purged;
    PERFORM set_config('stackup.purge_tenant', '', true);
    RETURN total;
END
$$;
REVOKE EXECUTE ON FUNCTION stackup_purge_tenant(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stackup_purge_tenant(uuid) TO ${app_role};
