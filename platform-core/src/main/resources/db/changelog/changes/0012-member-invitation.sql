--liquibase formatted sql

--changeset stackup:0012-member-invitation
-- Invitations of members (io.stackup.core.membership): the member row itself is created at once, with its roles, and
-- this row says it came from an invitation that is pending until the member's first login (member.last_login_at).
-- created_user: the invitation created the person's Keycloak user, so revoking it may delete that user again when it
-- belongs to no other organization. One row per member; it goes with the member (revoking deletes both).
CREATE TABLE member_invitation (
    tenant_id uuid NOT NULL,
    member_id uuid NOT NULL,
    invited_by text NOT NULL CHECK (length(invited_by) BETWEEN 1 AND 200),
    invited_at timestamptz NOT NULL DEFAULT now(),
    last_sent_at timestamptz NOT NULL DEFAULT now(),
    sent_count integer NOT NULL DEFAULT 1 CHECK (sent_count >= 1),
    created_user boolean NOT NULL,
    PRIMARY KEY (tenant_id, member_id),
    FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, id) ON DELETE CASCADE
);
ALTER TABLE member_invitation ENABLE ROW LEVEL SECURITY;
ALTER TABLE member_invitation FORCE ROW LEVEL SECURITY;
CREATE POLICY member_invitation_tenant_isolation ON member_invitation
    USING (tenant_id = stackup_current_tenant())
    WITH CHECK (tenant_id = stackup_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON member_invitation TO ${app_role};

--changeset stackup:0012-member-notification-delete
-- Revoking an invitation deletes the member and what is only theirs, their mail choices included.
GRANT DELETE ON member_notification TO ${app_role};
