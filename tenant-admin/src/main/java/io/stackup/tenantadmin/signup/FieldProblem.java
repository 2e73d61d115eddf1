package io.stackup.tenantadmin.signup;

/**
 * One problem with one field of a sign-up.
 *
 * @param field the field's name ({@link SignupRequest#SLUG}, …)
 * @param code what is wrong, stable for translations: {@code required}, {@code too-long}, {@code too-short},
 *     {@code format}, {@code reserved}, {@code taken}, {@code mismatch}, {@code same-as-email}, {@code policy}
 * @param message the problem in English, for the API
 */
public record FieldProblem(String field, String code, String message) {}
