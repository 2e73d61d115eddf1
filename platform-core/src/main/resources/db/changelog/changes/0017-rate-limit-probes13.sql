--liquibase formatted sql

--changeset stackup:0017-rate-limit
-- Rate limits counted in PostgreSQL (io.stackup.core.ratelimit), so that every instance of the application shares
-- them: one row per purpose ('signup', 'self-assessment-request', …), key ('address:<client address>', 'global', …)
-- and fixed window, incremented atomically by INSERT … ON CONFLICT DO UPDATE … RETURNING. The window's start is
-- worked out from the database's clock (date_bin), so instances whose clocks differ count into the same row. Platform
-- data, not tenant-owned (a stranger has no tenant): no tenant_id and no row-level security. Windows that have ended
-- are deleted whenever a new one begins. Replaces signup_rate (0014), whose counters are only an hour's worth.
CREATE TABLE rate_limit (
    purpose text NOT NULL CHECK (length(purpose) BETWEEN 1 AND 60),
    key text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
    window_start timestamptz NOT NULL,
    window_end timestamptz NOT NULL,
    hits integer NOT NULL CHECK (hits >= 1),
    PRIMARY KEY (purpose, key, window_start),
    CHECK (window_end > window_start)
);
CREATE INDEX rate_limit_window_end ON rate_limit (window_end);
GRANT SELECT, INSERT, UPDATE, DELETE ON rate_limit TO ${app_role};
DROP TABLE signup_rate;
