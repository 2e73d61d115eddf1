package io.stackup.core.signup;

import java.time.Duration;

/** Too many sign-ups from one address or from everyone; {@link #retryAfter()} says when to try again. */
public final class SignupRateLimitedException extends RuntimeException {

    private final Duration retryAfter;

    public SignupRateLimitedException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
