--liquibase formatted sql

--changeset stackup:0005-self-assessment-window
-- The per-link limit on self-assessments (so many an hour) counts a link's submissions of the last hour in the
-- database, so it holds across restarts and application instances; this index serves that count.
CREATE INDEX self_assessment_link_created ON self_assessment (tenant_id, link_id, created_at DESC);
