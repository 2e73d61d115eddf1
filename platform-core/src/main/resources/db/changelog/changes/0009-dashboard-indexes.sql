--liquibase formatted sql

--changeset stackup:0009-interview-result-areas
-- The areas of a completed interview's result ([{"key", "level", "score"}], api.md "The result"), kept beside it. The
-- tenant admin's maturity heatmap reads them for every prospect assessed in a period (thousands of interviews), and
-- the whole result (tens of KB with evidence and roadmap, stored compressed out of line) would have to be fetched and
-- decompressed for each; these few hundred bytes stay in the row. PostgreSQL computes the column; nobody writes it.
ALTER TABLE interview ADD COLUMN result_areas jsonb GENERATED ALWAYS AS (result -> 'areas') STORED;

--changeset stackup:0009-dashboard-indexes
-- The Overview's aggregates (io.stackup.core.dashboard.query.DashboardQueries), each a range of one tenant's rows
-- in a period, read from the index alone where the columns allow it.
-- The funnel: interviews assigned in the period.
CREATE INDEX interview_tenant_created ON interview (tenant_id, created_at) INCLUDE (id, status, started_at);
-- The heatmap and the interviewers' activity: interviews completed in the period.
CREATE INDEX interview_tenant_completed ON interview (tenant_id, completed_at) INCLUDE (prospect_id, id, interviewer_id)
    WHERE status = 'completed';
-- The funnel's, the interviewers' and the sources' leads: leads made in the period (a lead is made when its
-- interview completes).
CREATE INDEX lead_tenant_created ON lead (tenant_id, created_at)
    INCLUDE (interview_id, source, status, holder_id, qualified);
-- The experts' win rate: leads won or lost in the period.
CREATE INDEX lead_tenant_closed ON lead (tenant_id, status_changed_at) INCLUDE (holder_id, status)
    WHERE status IN ('won', 'lost');
-- The experts' claims and time to pick up: claims in the period.
CREATE INDEX lead_event_tenant_claimed ON lead_event (tenant_id, at) INCLUDE (holder_id, lead_id)
    WHERE kind = 'claimed';
