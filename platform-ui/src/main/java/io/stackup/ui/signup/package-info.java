/**
 * The anonymous self sign-up form ({@code /signup}), linked from Keycloak's login page (the realm's login theme), and
 * the page a signed-up admin sees while their e-mail address is not verified yet.
 */
@NullMarked
package io.stackup.ui.signup;

import org.jspecify.annotations.NullMarked;
