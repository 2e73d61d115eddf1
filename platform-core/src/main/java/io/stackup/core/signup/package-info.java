/**
 * What the platform keeps of strangers signing up before any tenant exists: the sign-up rate limits, counted in
 * PostgreSQL ({@code io.stackup.core.ratelimit}) so that every instance of the application shares them. The
 * provisioning itself (Keycloak, the tenant, its first member) is tenant-admin's {@code io.stackup.tenantadmin.signup}.
 * This package's API: {@link io.stackup.core.signup.SignupAttempts}, {@link io.stackup.core.signup.SignupLimits} and
 * {@link io.stackup.core.signup.SignupRateLimitedException}.
 */
@NullMarked
package io.stackup.core.signup;

import org.jspecify.annotations.NullMarked;
