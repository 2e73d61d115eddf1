package io.stackup.tenantadmin.signup;

/**
 * What a stranger fills in to sign their company up. Nothing is checked here: {@link SignupService#signUp} checks
 * every field and names each problem's field.
 *
 * @param companyName the tenant's name, 1 to {@value #COMPANY_NAME_MAX} characters
 * @param slug the tenant's short name ({@link SlugRules}), also the Keycloak organization's alias
 * @param firstName the admin's first name, 1 to {@value #NAME_MAX} characters
 * @param lastName the admin's last name, 1 to {@value #NAME_MAX} characters
 * @param email the admin's e-mail address, also their username; at most {@value #EMAIL_MAX} characters
 * @param password the admin's password: {@value #PASSWORD_MIN} to {@value #PASSWORD_MAX} characters, neither the
 *     e-mail address nor its part before the {@code @} (the realm's policy: length, not the username, not the e-mail)
 * @param passwordConfirmation the same password again
 */
public record SignupRequest(
        String companyName,
        String slug,
        String firstName,
        String lastName,
        String email,
        String password,
        String passwordConfirmation) {

    public static final int COMPANY_NAME_MAX = 120;
    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    public static final int PASSWORD_MIN = 12;
    public static final int PASSWORD_MAX = 128;

    /** The field names, as problems and the API name them. */
    public static final String COMPANY_NAME = "companyName";

    public static final String SLUG = "slug";
    public static final String FIRST_NAME = "firstName";
    public static final String LAST_NAME = "lastName";
    public static final String EMAIL = "email";
    public static final String PASSWORD = "password";
    public static final String PASSWORD_CONFIRMATION = "passwordConfirmation";

    @Override
    public String toString() {
        return "SignupRequest[companyName=" + companyName + ", slug=" + slug + ", email=" + email + "]";
    }
}
