--liquibase formatted sql

--changeset stackup:0010-audit-event
-- The audit log: every change that matters in a tenant (templates published, interviews assigned and completed, lead
-- transitions, members and roles, settings, sign-up, suspension), written by io.stackup.core.audit.AuditLog in the
-- transaction of the change itself, so a change and its record commit or roll back together. Append-only: the
-- application's role may insert and read, never update or delete (only the owner's offboarding purge removes a
-- tenant's rows). "at" is the clock at insert, so the events of one transaction keep their order.
CREATE TABLE audit_event (
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor_id text NOT NULL CHECK (length(actor_id) BETWEEN 1 AND 200),
    actor_label text NOT NULL CHECK (length(actor_label) BETWEEN 1 AND 400),
    action text NOT NULL CHECK (action ~ '^[a-z][a-z_]*(\.[a-z][a-z_]*)+$' AND length(action) <= 100),
    subject_type text CHECK (length(subject_type) <= 100),
    subject_id text CHECK (length(subject_id) <= 200),
    summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 2000),
    details jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(details) = 'object'),
    PRIMARY KEY (tenant_id, id)
);
-- The admins' log screen: newest first, optionally one action or one actor.
CREATE INDEX audit_event_tenant_at ON audit_event (tenant_id, at DESC, id);
CREATE INDEX audit_event_tenant_action_at ON audit_event (tenant_id, action, at DESC);
CREATE INDEX audit_event_tenant_actor_at ON audit_event (tenant_id, actor_id, at DESC);
ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_event FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_event_tenant_isolation ON audit_event
    USING (tenant_id = stackup_current_tenant())
    WITH CHECK (tenant_id = stackup_current_tenant());
GRANT SELECT, INSERT ON audit_event TO ${app_role};
