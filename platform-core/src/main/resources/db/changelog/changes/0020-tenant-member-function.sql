--liquibase formatted sql

--changeset stackup:0020-tenant-member-function splitStatements:false
-- The member row of one user in one tenant, read under that tenant's row-level security, for the statement that binds
-- an API request: it reads the token's tenant and the caller's member row in one round trip, where the member row
-- alone used to take a transaction of its own (BEGIN, the settings, SELECT, COMMIT) because row-level security needs
-- the tenant handed over first (bench/README.md, "An answer against pgbench").
-- The function hands the tenant over itself, for its own query only: it puts back the setting it found before it
-- returns (and an error aborts the statement, which undoes the setting too), so the caller's transaction, or the
-- statement's own in autocommit, never sees it. (A SET clause on the function would do the same, but needs the
-- privilege to set the parameter as a superuser, which the schema's owner does not have.)
-- The policy on member is not bypassed: the function runs as its caller (SECURITY INVOKER), and the app role can hand
-- over any tenant with set_config anyway; it is the service layer that decides which tenant a request may bind.
CREATE FUNCTION tenant_member(member_tenant uuid, member_keycloak_user_id text) RETURNS SETOF member
    LANGUAGE plpgsql VOLATILE ROWS 1
AS $$
DECLARE
    found_tenant text := coalesce(current_setting('app.tenant_id', true), '');
BEGIN
    PERFORM set_config('app.tenant_id', member_tenant::text, true);
    RETURN QUERY SELECT * FROM member WHERE tenant_id = member_tenant AND keycloak_user_id = member_keycloak_user_id;
    PERFORM set_config('app.tenant_id', found_tenant, true);
END
$$;
REVOKE EXECUTE ON FUNCTION tenant_member(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tenant_member(uuid, text) TO ${app_role};
