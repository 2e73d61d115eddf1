/**
 * Rate limits that hold across every instance of the application: hits counted per purpose, key and fixed window in
 * PostgreSQL ({@code rate_limit}). Used by the sign-up ({@code io.stackup.core.signup}) and the public
 * self-assessment ({@code io.stackup.core.assessment}); each feature decides its limits and its refusal. This
 * package's API: {@link io.stackup.core.ratelimit.RateLimits} and {@link io.stackup.core.ratelimit.RateCount}.
 */
@NullMarked
package io.stackup.core.ratelimit;

import org.jspecify.annotations.NullMarked;
