--liquibase formatted sql

--changeset stackup:0018-tenant-export
-- A tenant admin's export of all of the tenant's data, built in the background (docs/spec/api.md, "Offboarding"): one
-- row per export with its state and progress, and the finished ZIP archive in chunks of at most 1 MiB (so neither the
-- writer nor a download ever holds it whole). The work is a db-scheduler task (task name tenant-export, instance the
-- export's id); attempts counts the runs started, so that a run interrupted by a restart is picked up again only a few
-- times. Both tables are tenant-owned (tenant_id), so stackup_purge_tenant removes them with the tenant; the export
-- archive itself leaves them out (an export does not contain earlier exports). Deleted after the retention period by
-- the task tenant-export-expiry.
CREATE TABLE tenant_export (
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    id uuid NOT NULL,
    status text NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
    phase text CHECK (phase IN ('counting', 'tables', 'templates', 'results', 'storing')),
    items_done bigint NOT NULL DEFAULT 0 CHECK (items_done >= 0),
    items_total bigint NOT NULL DEFAULT 0 CHECK (items_total >= 0),
    file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
    size_bytes bigint CHECK (size_bytes >= 0),
    chunks integer CHECK (chunks >= 0),
    error text CHECK (length(error) <= 2000),
    requested_by text NOT NULL CHECK (length(requested_by) BETWEEN 1 AND 200),
    attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    created_at timestamptz NOT NULL DEFAULT now(),
    started_at timestamptz,
    finished_at timestamptz,
    expires_at timestamptz,
    PRIMARY KEY (tenant_id, id),
    CHECK ((status = 'done') = (size_bytes IS NOT NULL AND chunks IS NOT NULL)),
    CHECK ((status = 'failed') = (error IS NOT NULL)),
    CHECK ((status IN ('done', 'failed')) = (finished_at IS NOT NULL))
);
CREATE INDEX tenant_export_tenant_created ON tenant_export (tenant_id, created_at DESC);
ALTER TABLE tenant_export ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant_export FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_export_tenant_isolation ON tenant_export
    USING (tenant_id = stackup_current_tenant())
    WITH CHECK (tenant_id = stackup_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON tenant_export TO ${app_role};

CREATE TABLE tenant_export_chunk (
    tenant_id uuid NOT NULL,
    export_id uuid NOT NULL,
    seq integer NOT NULL CHECK (seq >= 0),
    data bytea NOT NULL CHECK (length(data) BETWEEN 1 AND 1048576),
    PRIMARY KEY (tenant_id, export_id, seq),
    FOREIGN KEY (tenant_id, export_id) REFERENCES tenant_export (tenant_id, id) ON DELETE CASCADE
);
ALTER TABLE tenant_export_chunk ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant_export_chunk FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_export_chunk_tenant_isolation ON tenant_export_chunk
    USING (tenant_id = stackup_current_tenant())
    WITH CHECK (tenant_id = stackup_current_tenant());
GRANT SELECT, INSERT, DELETE ON tenant_export_chunk TO ${app_role};
