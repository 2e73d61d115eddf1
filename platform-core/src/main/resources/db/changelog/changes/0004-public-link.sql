--liquibase formatted sql

--changeset stackup:0004-public-link
-- A published template offered to anyone holding the link: a self-assessment without an account. token is the
-- link's secret (32 random bytes, base64url: 256 bits from SecureRandom); it is shown to the tenant's admins, who
-- share it. welcome: optional text above the questionnaire.
CREATE TABLE public_link (
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    template_id uuid NOT NULL,
    token text NOT NULL UNIQUE CHECK (token ~ '^[A-Za-z0-9_-]{43}$'),
    enabled boolean NOT NULL DEFAULT true,
    expires_at timestamptz,
    welcome text CHECK (length(welcome) BETWEEN 1 AND 2000),
    lock_version integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, template_id) REFERENCES template (tenant_id, id)
);
CREATE INDEX public_link_tenant_template ON public_link (tenant_id, template_id, created_at DESC);
CREATE INDEX public_link_tenant_created ON public_link (tenant_id, created_at DESC, id);
ALTER TABLE public_link ENABLE ROW LEVEL SECURITY;
ALTER TABLE public_link FORCE ROW LEVEL SECURITY;
CREATE POLICY public_link_tenant_isolation ON public_link
    USING (tenant_id = stackup_current_tenant())
    WITH CHECK (tenant_id = stackup_current_tenant());
-- Only for stackup_public_link() below, which runs as the owner (this migration's role): it reads one link by its
-- token before any tenant is known. The application role is not the owner, so this policy never applies to it.
CREATE POLICY public_link_resolve_by_owner ON public_link FOR SELECT TO CURRENT_USER USING (true);
GRANT SELECT, INSERT, UPDATE ON public_link TO ${app_role};

--changeset stackup:0004-public-link-resolve
-- The one way from a token to its tenant for an anonymous visitor: the tenant and link of an enabled, unexpired link
-- of an active tenant, else no row. It lists nothing and tells nothing about links that are off, expired or unknown.
CREATE FUNCTION stackup_public_link(link_token text) RETURNS TABLE (tenant_id uuid, link_id uuid)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $$
        SELECT l.tenant_id, l.id
        FROM public.public_link l
        JOIN public.tenant t ON t.id = l.tenant_id
        WHERE l.token = link_token
          AND l.enabled
          AND (l.expires_at IS NULL OR l.expires_at > now())
          AND t.status = 'active'
    $$;
REVOKE EXECUTE ON FUNCTION stackup_public_link(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stackup_public_link(text) TO ${app_role};

--changeset stackup:0004-self-assessment
-- A respondent's submission through a public link: the completed interview it made, and the SHA-256 of the receipt
-- (32 random bytes, base64url) that only the respondent holds and that opens their own result page.
CREATE TABLE self_assessment (
    tenant_id uuid NOT NULL,
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    link_id uuid NOT NULL,
    interview_id uuid NOT NULL,
    receipt_sha256 bytea NOT NULL CHECK (length(receipt_sha256) = 32),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, link_id, receipt_sha256),
    UNIQUE (tenant_id, interview_id),
    FOREIGN KEY (tenant_id, link_id) REFERENCES public_link (tenant_id, id),
    FOREIGN KEY (tenant_id, interview_id) REFERENCES interview (tenant_id, id)
);
ALTER TABLE self_assessment ENABLE ROW LEVEL SECURITY;
ALTER TABLE self_assessment FORCE ROW LEVEL SECURITY;
CREATE POLICY self_assessment_tenant_isolation ON self_assessment
    USING (tenant_id = stackup_current_tenant())
    WITH CHECK (tenant_id = stackup_current_tenant());
GRANT SELECT, INSERT ON self_assessment TO ${app_role};
