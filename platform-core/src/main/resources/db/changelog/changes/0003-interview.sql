--liquibase formatted sql

--changeset stackup:0003-prospect
-- A company a partner assesses. The list is searched by name; a prospect's interviews are listed by interview.
CREATE TABLE prospect (
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    industry text CHECK (length(industry) BETWEEN 1 AND 200),
    employees integer CHECK (employees BETWEEN 0 AND 100000000),
    contact_name text CHECK (length(contact_name) BETWEEN 1 AND 200),
    contact_email text CHECK (length(contact_email) BETWEEN 3 AND 320),
    notes text CHECK (length(notes) <= 10000),
    lock_version integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX prospect_tenant_name ON prospect (tenant_id, lower(name), id);
ALTER TABLE prospect ENABLE ROW LEVEL SECURITY;
ALTER TABLE prospect FORCE ROW LEVEL SECURITY;
CREATE POLICY prospect_tenant_isolation ON prospect
    USING (tenant_id = stackup_current_tenant())
    WITH CHECK (tenant_id = stackup_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON prospect TO ${app_role};

--changeset stackup:0003-interview
-- An interview pins one published template version (template_id) for good. interviewer_id is a member; only a
-- self-assessment (filled in by the prospect) has none. targets: capability key -> level key overrides. result: the
-- result of api.md, stored once at completion.
CREATE TABLE interview (
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    template_id uuid NOT NULL,
    prospect_id uuid NOT NULL,
    interviewer_id uuid,
    source text NOT NULL DEFAULT 'assigned' CHECK (source IN ('assigned', 'self', 'self-assessment')),
    status text NOT NULL DEFAULT 'assigned' CHECK (status IN ('assigned', 'in_progress', 'completed', 'cancelled')),
    targets jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(targets) = 'object'),
    due_date date,
    result jsonb,
    started_at timestamptz,
    completed_at timestamptz,
    completed_by text,
    lock_version integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, template_id) REFERENCES template (tenant_id, id),
    FOREIGN KEY (tenant_id, prospect_id) REFERENCES prospect (tenant_id, id),
    FOREIGN KEY (tenant_id, interviewer_id) REFERENCES member (tenant_id, id),
    CHECK (interviewer_id IS NOT NULL OR source = 'self-assessment'),
    CHECK ((status = 'completed') = (completed_at IS NOT NULL AND result IS NOT NULL))
);
CREATE INDEX interview_tenant_interviewer ON interview (tenant_id, interviewer_id, status, created_at DESC);
CREATE INDEX interview_tenant_status ON interview (tenant_id, status, created_at DESC);
CREATE INDEX interview_tenant_prospect ON interview (tenant_id, prospect_id, created_at DESC);
CREATE INDEX interview_tenant_template ON interview (tenant_id, template_id);
ALTER TABLE interview ENABLE ROW LEVEL SECURITY;
ALTER TABLE interview FORCE ROW LEVEL SECURITY;
CREATE POLICY interview_tenant_isolation ON interview
    USING (tenant_id = stackup_current_tenant())
    WITH CHECK (tenant_id = stackup_current_tenant());
GRANT SELECT, INSERT, UPDATE ON interview TO ${app_role};

--changeset stackup:0003-interview-answer
-- One row per answered question, written the moment it is given: an upsert keyed by (tenant, interview, question).
-- value is the answer without its note ({"option": k}, {"options": [...]}, {"number": x}, {"text": s}); NULL when
-- only a note is recorded.
CREATE TABLE interview_answer (
    tenant_id uuid NOT NULL,
    interview_id uuid NOT NULL,
    question_key text NOT NULL CHECK (length(question_key) BETWEEN 1 AND 63),
    value jsonb CHECK (jsonb_typeof(value) = 'object'),
    note text CHECK (length(note) <= 10000),
    answered_by text NOT NULL,
    answered_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, interview_id, question_key),
    FOREIGN KEY (tenant_id, interview_id) REFERENCES interview (tenant_id, id),
    CHECK (value IS NOT NULL OR note IS NOT NULL)
);
ALTER TABLE interview_answer ENABLE ROW LEVEL SECURITY;
ALTER TABLE interview_answer FORCE ROW LEVEL SECURITY;
CREATE POLICY interview_answer_tenant_isolation ON interview_answer
    USING (tenant_id = stackup_current_tenant())
    WITH CHECK (tenant_id = stackup_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON interview_answer TO ${app_role};

--changeset stackup:0003-interview-event
-- What happened to an interview, with who, when and why: assigned, reassigned, cancelled, completed. Append only.
CREATE TABLE interview_event (
    tenant_id uuid NOT NULL,
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    interview_id uuid NOT NULL,
    kind text NOT NULL CHECK (kind IN ('assigned', 'reassigned', 'cancelled', 'completed')),
    interviewer_id uuid,
    reason text CHECK (length(reason) BETWEEN 1 AND 2000),
    actor text NOT NULL,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, interview_id) REFERENCES interview (tenant_id, id),
    FOREIGN KEY (tenant_id, interviewer_id) REFERENCES member (tenant_id, id)
);
CREATE INDEX interview_event_tenant_interview ON interview_event (tenant_id, interview_id, at);
ALTER TABLE interview_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE interview_event FORCE ROW LEVEL SECURITY;
CREATE POLICY interview_event_tenant_isolation ON interview_event
    USING (tenant_id = stackup_current_tenant())
    WITH CHECK (tenant_id = stackup_current_tenant());
GRANT SELECT, INSERT ON interview_event TO ${app_role};

--changeset stackup:0003-interview-frozen splitStatements:false
-- A completed or cancelled interview's answers never change, whatever the application does.
CREATE FUNCTION interview_answer_frozen() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    s text;
BEGIN
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

--changeset stackup:0003-interview-frozen-trigger
CREATE TRIGGER interview_answer_frozen
    BEFORE INSERT OR UPDATE OR DELETE ON interview_answer
    FOR EACH ROW EXECUTE FUNCTION interview_answer_frozen();
