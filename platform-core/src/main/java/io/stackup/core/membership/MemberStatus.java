package io.stackup.core.membership;

/** Where a member of a tenant stands. */
public enum MemberStatus {
    /** May work in the tenant. */
    ACTIVE,
    /** Invited and not logged in yet: may log in and work with the roles given, the invitation may be revoked. */
    INVITED,
    /** Deactivated by an admin: no access to the tenant; their work stays. */
    DEACTIVATED;

    /** The lower-case name the API and the audit log use. */
    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
