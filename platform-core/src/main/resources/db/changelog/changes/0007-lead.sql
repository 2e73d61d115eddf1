--liquibase formatted sql

--changeset stackup:0007-lead
-- A completed interview's lead (docs/spec/api.md, "Leads"). Exactly one per interview: it is inserted in the completing
-- transaction, and UNIQUE (tenant_id, interview_id) keeps it one when the insert runs twice (it does nothing on
-- conflict). What completion gave it never changes: qualified and score (the result's qualification), rules (the
-- labels, or zero-based indexes, of the rules that held, as the result writes them), area_gaps ([{"area", "gap"}]: the
-- sum of the capability gaps of each area that has one, in template order), offerings (the distinct offerings of the
-- roadmap's recommendations, in roadmap order). source: 'interview' (run by an interviewer) or 'self' (a prospect's
-- self-assessment). holder_id: the expert who holds it, from claimed on; released, it is qualified again and held by
-- nobody. override_reason: why a tenant admin overrode its disqualification; lost_reason: why it was lost.
CREATE TABLE lead (
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    interview_id uuid NOT NULL,
    prospect_id uuid NOT NULL,
    source text NOT NULL CHECK (source IN ('interview', 'self')),
    status text NOT NULL
        CHECK (status IN ('qualified', 'disqualified', 'claimed', 'contacted', 'proposal', 'won', 'lost')),
    qualified boolean NOT NULL,
    score double precision NOT NULL,
    rules jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(rules) = 'array'),
    area_gaps jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(area_gaps) = 'array'),
    offerings text[] NOT NULL DEFAULT '{}',
    holder_id uuid,
    override_reason text CHECK (length(override_reason) BETWEEN 1 AND 2000),
    lost_reason text CHECK (length(lost_reason) BETWEEN 1 AND 2000),
    status_changed_at timestamptz NOT NULL DEFAULT now(),
    lock_version integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, interview_id),
    FOREIGN KEY (tenant_id, interview_id) REFERENCES interview (tenant_id, id),
    FOREIGN KEY (tenant_id, prospect_id) REFERENCES prospect (tenant_id, id),
    FOREIGN KEY (tenant_id, holder_id) REFERENCES member (tenant_id, id),
    CHECK ((holder_id IS NOT NULL) = (status IN ('claimed', 'contacted', 'proposal', 'won', 'lost'))),
    CHECK ((lost_reason IS NOT NULL) = (status = 'lost'))
);
CREATE INDEX lead_tenant_status_score ON lead (tenant_id, status, score DESC, created_at, id);
CREATE INDEX lead_tenant_status_created ON lead (tenant_id, status, created_at, id);
CREATE INDEX lead_tenant_holder ON lead (tenant_id, holder_id, status);
CREATE INDEX lead_tenant_prospect ON lead (tenant_id, prospect_id);
ALTER TABLE lead ENABLE ROW LEVEL SECURITY;
ALTER TABLE lead FORCE ROW LEVEL SECURITY;
CREATE POLICY lead_tenant_isolation ON lead
    USING (tenant_id = stackup_current_tenant())
    WITH CHECK (tenant_id = stackup_current_tenant());
GRANT SELECT, INSERT, UPDATE ON lead TO ${app_role};

--changeset stackup:0007-lead-event
-- What happened to a lead, with who, when and why: created, claimed, released, status_changed (contacted, proposal, won,
-- lost), reassigned, overridden (a disqualification, by a tenant admin), note. from_status and to_status: the change of
-- status, if any; holder_id: the expert it was claimed by, reassigned to or released by. Append only.
CREATE TABLE lead_event (
    tenant_id uuid NOT NULL,
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    lead_id uuid NOT NULL,
    kind text NOT NULL
        CHECK (kind IN ('created', 'claimed', 'released', 'status_changed', 'reassigned', 'overridden', 'note')),
    from_status text
        CHECK (from_status IN ('qualified', 'disqualified', 'claimed', 'contacted', 'proposal', 'won', 'lost')),
    to_status text
        CHECK (to_status IN ('qualified', 'disqualified', 'claimed', 'contacted', 'proposal', 'won', 'lost')),
    holder_id uuid,
    note text CHECK (length(note) BETWEEN 1 AND 10000),
    actor text NOT NULL,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, lead_id) REFERENCES lead (tenant_id, id),
    FOREIGN KEY (tenant_id, holder_id) REFERENCES member (tenant_id, id),
    CHECK (kind <> 'note' OR note IS NOT NULL)
);
CREATE INDEX lead_event_tenant_lead ON lead_event (tenant_id, lead_id, at);
ALTER TABLE lead_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE lead_event FORCE ROW LEVEL SECURITY;
CREATE POLICY lead_event_tenant_isolation ON lead_event
    USING (tenant_id = stackup_current_tenant())
    WITH CHECK (tenant_id = stackup_current_tenant());
GRANT SELECT, INSERT ON lead_event TO ${app_role};

--changeset stackup:0007-member-lead-area
-- The areas (area keys of templates) an expert covers: the lead queue shows them the leads with a gap in one of these
-- first.
CREATE TABLE member_lead_area (
    tenant_id uuid NOT NULL,
    member_id uuid NOT NULL,
    area_key text NOT NULL CHECK (area_key ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, member_id, area_key),
    FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, id)
);
ALTER TABLE member_lead_area ENABLE ROW LEVEL SECURITY;
ALTER TABLE member_lead_area FORCE ROW LEVEL SECURITY;
CREATE POLICY member_lead_area_tenant_isolation ON member_lead_area
    USING (tenant_id = stackup_current_tenant())
    WITH CHECK (tenant_id = stackup_current_tenant());
GRANT SELECT, INSERT, DELETE ON member_lead_area TO ${app_role};

--changeset stackup:0007-lead-backfill-function splitStatements:false
-- Makes the lead of every completed interview that has none, from its stored result and its template's document, as
-- the application makes it at completion (io.stackup.core.lead.LeadFacts): for interviews completed before leads
-- existed. A result without a qualification qualifies with score 0, as template-format.md says of a template without
-- one. Runs as the owner, tenant by tenant (row-level security is forced on the owner too), and is idempotent: an
-- interview that has its lead keeps it. Returns how many leads it made. Not granted to the application.
CREATE FUNCTION lead_backfill() RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    t uuid;
    made integer;
    total integer := 0;
BEGIN
    FOR t IN SELECT id FROM tenant ORDER BY id LOOP
        PERFORM set_config('app.tenant_id', t::text, true);
        WITH inserted AS (
            INSERT INTO lead (tenant_id, interview_id, prospect_id, source, status, qualified, score, rules, area_gaps,
                              offerings, status_changed_at, created_at, created_by, updated_at)
            SELECT i.tenant_id,
                   i.id,
                   i.prospect_id,
                   CASE i.source WHEN 'self-assessment' THEN 'self' ELSE 'interview' END,
                   CASE WHEN coalesce((i.result -> 'qualification' ->> 'qualified')::boolean, true)
                        THEN 'qualified' ELSE 'disqualified' END,
                   coalesce((i.result -> 'qualification' ->> 'qualified')::boolean, true),
                   coalesce((i.result -> 'qualification' ->> 'score')::float8, 0),
                   coalesce(i.result -> 'qualification' -> 'rules', '[]'::jsonb),
                   (SELECT coalesce(jsonb_agg(jsonb_build_object('area', g.area, 'gap', g.gap) ORDER BY g.ord),
                                    '[]'::jsonb)
                      FROM (SELECT ta.area ->> 'key' AS area, ta.ord, sum((rc.cap ->> 'gap')::integer) AS gap
                              FROM jsonb_array_elements(d.document -> 'areas') WITH ORDINALITY AS ta(area, ord)
                              CROSS JOIN jsonb_array_elements(ta.area -> 'capabilities') AS tc(cap)
                              JOIN jsonb_array_elements(i.result -> 'capabilities') AS rc(cap)
                                ON rc.cap ->> 'key' = tc.cap ->> 'key'
                             GROUP BY 1, 2) g
                     WHERE g.gap > 0),
                   (SELECT coalesce(array_agg(o.offering ORDER BY o.first), '{}'::text[])
                      FROM (SELECT tr.rec ->> 'offering' AS offering, min(s.ord) AS first
                              FROM jsonb_array_elements(i.result -> 'roadmap') WITH ORDINALITY AS s(step, ord)
                              CROSS JOIN jsonb_array_elements(d.document -> 'areas') AS ta(area)
                              JOIN jsonb_array_elements(ta.area -> 'capabilities') AS tc(cap)
                                ON tc.cap ->> 'key' = s.step ->> 'capability'
                              JOIN jsonb_array_elements(coalesce(tc.cap -> 'recommendations', '[]'::jsonb)) AS tr(rec)
                                ON tr.rec ->> 'key' = s.step ->> 'recommendation'
                             WHERE tr.rec ->> 'offering' IS NOT NULL
                             GROUP BY 1) o),
                   i.completed_at,
                   i.completed_at,
                   coalesce(i.completed_by, i.created_by),
                   i.completed_at
              FROM interview i
              JOIN template d ON d.tenant_id = i.tenant_id AND d.id = i.template_id
             WHERE i.tenant_id = t
               AND i.status = 'completed'
            ON CONFLICT (tenant_id, interview_id) DO NOTHING
            RETURNING tenant_id, id, status, created_by, created_at
        )
        INSERT INTO lead_event (tenant_id, lead_id, kind, to_status, actor, at)
        SELECT tenant_id, id, 'created', status, created_by, created_at FROM inserted;
        GET DIAGNOSTICS made = ROW_COUNT;
        total := total + made;
    END LOOP;
    PERFORM set_config('app.tenant_id', '', true);
    RETURN total;
END
$$;
REVOKE EXECUTE ON FUNCTION lead_backfill() FROM PUBLIC;

--changeset stackup:0007-lead-backfill
-- Interviews completed before this change get their leads, so that every completed interview has one.
SELECT lead_backfill();
