--liquibase formatted sql

--changeset stackup:0008-scheduled-tasks
-- db-scheduler's table (docs/adr/0013-scheduled-work.md): every piece of scheduled and retried work (mails, webhook
-- deliveries, the recurring overdue check) is a row here, picked by one instance at a time under a row lock or a
-- version check, so two instances never run one execution and a restart loses nothing. Platform infrastructure, not
-- tenant-owned: it has no tenant_id column and no row-level security; a task that works for a tenant carries the
-- tenant's id in task_data and binds it (TenantContext) before it touches tenant data, which row-level security then
-- guards as for any request. The application role reads and writes it, as the scheduler must.
CREATE TABLE scheduled_tasks (
    task_name text NOT NULL,
    task_instance text NOT NULL,
    task_data bytea,
    execution_time timestamptz NOT NULL,
    picked boolean NOT NULL,
    picked_by text,
    last_success timestamptz,
    last_failure timestamptz,
    consecutive_failures integer,
    last_heartbeat timestamptz,
    version bigint NOT NULL,
    priority smallint,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time ON scheduled_tasks (priority DESC, execution_time ASC);
GRANT SELECT, INSERT, UPDATE, DELETE ON scheduled_tasks TO ${app_role};

--changeset stackup:0008-lead-overdue
-- overdue_at: when the overdue check found the qualified lead unclaimed for longer than the tenant's time to pick up
-- (set once; the lead's admins were told then). Cleared when its status changes, so a lead released to the queue
-- may become overdue again.
ALTER TABLE lead ADD COLUMN overdue_at timestamptz;
CREATE INDEX lead_tenant_unmarked_queue ON lead (tenant_id, status_changed_at) WHERE status = 'qualified' AND overdue_at IS NULL;
ALTER TABLE lead_event DROP CONSTRAINT lead_event_kind_check;
ALTER TABLE lead_event ADD CONSTRAINT lead_event_kind_check
    CHECK (kind IN ('created', 'claimed', 'released', 'status_changed', 'reassigned', 'overridden', 'note', 'overdue'));
-- lead_pickup_hours: the tenant's time to pick up a qualified lead, in hours; NULL means the platform's default
-- (stackup.leads.overdue-after). A stand-in until tenant settings exist.
ALTER TABLE tenant ADD COLUMN lead_pickup_hours integer CHECK (lead_pickup_hours BETWEEN 1 AND 8760);

--changeset stackup:0008-member-notification
-- A member's choice of mails; a member without a row gets every mail. new_leads: a mail for each new qualified lead in
-- an area they cover.
CREATE TABLE member_notification (
    tenant_id uuid NOT NULL,
    member_id uuid NOT NULL,
    new_leads boolean NOT NULL DEFAULT true,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, member_id),
    FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, id)
);
ALTER TABLE member_notification ENABLE ROW LEVEL SECURITY;
ALTER TABLE member_notification FORCE ROW LEVEL SECURITY;
CREATE POLICY member_notification_tenant_isolation ON member_notification
    USING (tenant_id = stackup_current_tenant())
    WITH CHECK (tenant_id = stackup_current_tenant());
GRANT SELECT, INSERT, UPDATE ON member_notification TO ${app_role};

--changeset stackup:0008-webhook
-- A tenant's webhook endpoints (docs/spec/api.md, "Webhooks"): where events are POSTed, signed with the secret (made by
-- the server, shown once). events: the event types it receives.
CREATE TABLE webhook_endpoint (
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    url text NOT NULL CHECK (length(url) BETWEEN 8 AND 2000),
    secret text NOT NULL,
    events text[] NOT NULL CHECK (cardinality(events) > 0
        AND events <@ ARRAY['lead.qualified', 'lead.status_changed', 'interview.completed']::text[]),
    enabled boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id)
);
ALTER TABLE webhook_endpoint ENABLE ROW LEVEL SECURITY;
ALTER TABLE webhook_endpoint FORCE ROW LEVEL SECURITY;
CREATE POLICY webhook_endpoint_tenant_isolation ON webhook_endpoint
    USING (tenant_id = stackup_current_tenant())
    WITH CHECK (tenant_id = stackup_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON webhook_endpoint TO ${app_role};

-- One row per attempt to deliver an event to an endpoint: status_code (NULL when no response came), error (why it
-- failed), at. Append only; deleted with its endpoint.
CREATE TABLE webhook_delivery (
    tenant_id uuid NOT NULL,
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    endpoint_id uuid NOT NULL,
    event_id uuid NOT NULL,
    event_type text NOT NULL,
    attempt integer NOT NULL CHECK (attempt >= 1),
    status_code integer,
    error text,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, endpoint_id) REFERENCES webhook_endpoint (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX webhook_delivery_tenant_endpoint ON webhook_delivery (tenant_id, endpoint_id, at DESC);
ALTER TABLE webhook_delivery ENABLE ROW LEVEL SECURITY;
ALTER TABLE webhook_delivery FORCE ROW LEVEL SECURITY;
CREATE POLICY webhook_delivery_tenant_isolation ON webhook_delivery
    USING (tenant_id = stackup_current_tenant())
    WITH CHECK (tenant_id = stackup_current_tenant());
GRANT SELECT, INSERT, DELETE ON webhook_delivery TO ${app_role};
