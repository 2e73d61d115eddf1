--liquibase formatted sql

--changeset stackup:0019-interview-area-levels-function splitStatements:false
-- The levels a result places its areas on, as 'area=level' strings (both keys are slugs, so '=' separates them), the
-- not-assessed areas (null level) left out: {"areas": [{"key": "identity", "level": "standardized", ...}, ...]} gives
-- {identity=standardized, ...}. Immutable, so that a generated column may use it.
CREATE FUNCTION interview_area_levels(result jsonb) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT coalesce(array_agg((a ->> 'key') || '=' || (a ->> 'level')) FILTER (WHERE a ->> 'level' IS NOT NULL), '{}')
    FROM jsonb_array_elements(CASE WHEN jsonb_typeof(result -> 'areas') = 'array' THEN result -> 'areas' END) AS a
$$;

--changeset stackup:0019-interview-result-levels
-- The tenant admin's maturity heatmap (io.stackup.core.dashboard.query.DashboardQueries) counts, for each prospect's
-- latest interview completed in a period, its areas' levels: for a big tenant about 11,000 interviews and 90,000
-- pairs in the default 90 days. Expanding the stored areas (result_areas, JSON with scores, read from the table)
-- for each took most of the statement's time; these short strings, also kept in the index the period's range is read
-- from, let PostgreSQL answer from the index alone and count plain text values. PostgreSQL computes the column; nobody
-- writes it. It replaces result_areas, which nothing else read.
ALTER TABLE interview ADD COLUMN result_levels text[] GENERATED ALWAYS AS (interview_area_levels(result)) STORED;
ALTER TABLE interview DROP COLUMN result_areas;
DROP INDEX interview_tenant_completed;
-- The heatmap, its drill-down and the interviewers' activity: interviews completed in the period.
CREATE INDEX interview_tenant_completed ON interview (tenant_id, completed_at)
    INCLUDE (prospect_id, id, interviewer_id, result_levels) WHERE status = 'completed';
