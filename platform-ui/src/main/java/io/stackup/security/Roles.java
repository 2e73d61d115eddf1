package io.stackup.security;

/** The realm roles of Stackup's Keycloak realm. */
public final class Roles {

    public static final String TENANT_ADMIN = "tenant-admin";
    public static final String INTERVIEWER = "interviewer";
    public static final String EXPERT = "expert";
    public static final String PLATFORM_OPERATOR = "platform-operator";

    private Roles() {}
}
