--liquibase formatted sql

--changeset stackup:0013-audit-reads
-- The audit log screen's other filters (io.stackup.core.audit.query.AuditQueries), newest first within the tenant:
-- every action of one feature ("lead." → split_part(action, '.', 1) = 'lead'; a LIKE prefix could not use the 0010
-- index under a linguistic collation), and the history of one subject (a lead, an interview). The period, the actor's
-- label and the summary's text narrow one of these or the (tenant_id, at) index of 0010.
CREATE INDEX audit_event_tenant_feature_at ON audit_event (tenant_id, split_part(action, '.', 1), at DESC);
CREATE INDEX audit_event_tenant_subject_at ON audit_event (tenant_id, subject_type, subject_id, at DESC)
    WHERE subject_type IS NOT NULL;
