--liquibase formatted sql

--changeset stackup:0006-interview-event-targets-changed
-- What-if targets (docs/spec/api.md, PUT /api/v1/interviews/{id}/targets): each set or removed target override is kept
-- in the interview's history as 'targets_changed', its reason column saying which capability changed from what to what.
-- Targets may change after completion too; interview.result is then recomputed, so it is no longer written only once.
ALTER TABLE interview_event DROP CONSTRAINT interview_event_kind_check;
ALTER TABLE interview_event ADD CONSTRAINT interview_event_kind_check
    CHECK (kind IN ('assigned', 'reassigned', 'cancelled', 'completed', 'targets_changed'));
