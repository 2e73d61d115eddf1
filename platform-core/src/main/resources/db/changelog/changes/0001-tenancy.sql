--liquibase formatted sql

--changeset stackup:0001-current-tenant-function
-- The tenant of the running transaction, set by the application with set_config('app.tenant_id', ?, true) right
-- after BEGIN. A reset or never-set setting reads '' (not NULL): both mean "no tenant", which matches no row.
CREATE FUNCTION stackup_current_tenant() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;
GRANT EXECUTE ON FUNCTION stackup_current_tenant() TO ${app_role};

--changeset stackup:0001-tenant
-- The registry of tenants. It is platform data, not tenant-owned (it has no tenant_id): login reads it by Keycloak
-- organization before any tenant is chosen. Views and services only ever show a user the tenants of their token.
CREATE TABLE tenant (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
    keycloak_org_id text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    version integer NOT NULL DEFAULT 0
);
GRANT SELECT, INSERT, UPDATE ON tenant TO ${app_role};

--changeset stackup:0001-member
CREATE TABLE member (
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    keycloak_user_id text NOT NULL,
    email text NOT NULL CHECK (length(email) BETWEEN 3 AND 320),
    display_name text NOT NULL CHECK (length(display_name) <= 200),
    roles text[] NOT NULL DEFAULT '{}',
    active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    last_login_at timestamptz,
    version integer NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, keycloak_user_id)
);
CREATE INDEX member_tenant_email_idx ON member (tenant_id, lower(email));
ALTER TABLE member ENABLE ROW LEVEL SECURITY;
ALTER TABLE member FORCE ROW LEVEL SECURITY;
CREATE POLICY member_tenant_isolation ON member
    USING (tenant_id = stackup_current_tenant())
    WITH CHECK (tenant_id = stackup_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON member TO ${app_role};
