--liquibase formatted sql

--changeset stackup:0014-tenant-pending
-- Self sign-up (io.stackup.tenantadmin.signup): a tenant made by a stranger's sign-up is 'pending' until its admin has
-- verified their e-mail address; nobody can work in it meanwhile. Its first verified login makes it 'active'.
ALTER TABLE tenant DROP CONSTRAINT tenant_status_check;
ALTER TABLE tenant ADD CONSTRAINT tenant_status_check CHECK (status IN ('pending', 'active', 'suspended'));

--changeset stackup:0014-signup-rate
-- Sign-up attempts counted per fixed window, so that every instance of the application shares the same limits: one
-- row per bucket ('address:<client address>' or 'global') and window start, incremented atomically by
-- INSERT … ON CONFLICT DO UPDATE … RETURNING. Platform data, not tenant-owned (there is no tenant yet when a stranger
-- signs up): no tenant_id and no row-level security. Windows older than a day are deleted when a new window begins.
CREATE TABLE signup_rate (
    bucket text NOT NULL CHECK (length(bucket) BETWEEN 1 AND 200),
    window_start timestamptz NOT NULL,
    attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    PRIMARY KEY (bucket, window_start)
);
CREATE INDEX signup_rate_window_start ON signup_rate (window_start);
GRANT SELECT, INSERT, UPDATE, DELETE ON signup_rate TO ${app_role};
