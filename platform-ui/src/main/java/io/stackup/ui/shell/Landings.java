package io.stackup.ui.shell;

/**
 * The landing route of each role. Named by path, not by class, so that the shell does not depend on the features
 * whose views it frames.
 */
final class Landings {

    static final String ADMIN = "admin";
    static final String INTERVIEWER = "my-interviews";
    static final String EXPERT = "leads";
    static final String OPERATOR = "operator/tenants";

    private Landings() {}
}
