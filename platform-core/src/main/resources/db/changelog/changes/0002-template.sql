--liquibase formatted sql

--changeset stackup:0002-template
-- A template version: a tenant holds one draft and any number of published versions per key. The document is the
-- template as template-format.md writes it, every default explicit (one row, one read: loading a 2,000-question
-- template costs one query). media_type remembers how it was imported, for GET.
CREATE TABLE template (
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    key text NOT NULL CHECK (key ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    version text NOT NULL CHECK (length(version) BETWEEN 1 AND 32),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    status text NOT NULL CHECK (status IN ('draft', 'published')),
    document jsonb NOT NULL,
    media_type text NOT NULL DEFAULT 'application/json' CHECK (media_type IN ('application/json', 'application/yaml')),
    lock_version integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL,
    published_at timestamptz,
    published_by text,
    PRIMARY KEY (tenant_id, id),
    CHECK ((status = 'published') = (published_at IS NOT NULL))
);
CREATE UNIQUE INDEX template_one_draft_per_key ON template (tenant_id, key) WHERE status = 'draft';
CREATE UNIQUE INDEX template_published_version ON template (tenant_id, key, version) WHERE status = 'published';
CREATE INDEX template_tenant_name ON template (tenant_id, lower(name), key, version);
ALTER TABLE template ENABLE ROW LEVEL SECURITY;
ALTER TABLE template FORCE ROW LEVEL SECURITY;
CREATE POLICY template_tenant_isolation ON template
    USING (tenant_id = stackup_current_tenant())
    WITH CHECK (tenant_id = stackup_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON template TO ${app_role};

--changeset stackup:0002-template-immutable splitStatements:false
-- A published version never changes and is never deleted, whatever the application does.
CREATE FUNCTION template_published_is_immutable() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF OLD.status = 'published' THEN
        RAISE EXCEPTION 'template % is published and cannot change', OLD.id
            USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END
$$;

--changeset stackup:0002-template-immutable-trigger
CREATE TRIGGER template_published_is_immutable
    BEFORE UPDATE OR DELETE ON template
    FOR EACH ROW EXECUTE FUNCTION template_published_is_immutable();
