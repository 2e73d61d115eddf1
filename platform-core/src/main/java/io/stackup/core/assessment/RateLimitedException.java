package io.stackup.core.assessment;

import java.time.Duration;

/** Too many requests from one address or for one link; {@link #retryAfter()} says when to try again. */
public final class RateLimitedException extends RuntimeException {

    private final Duration retryAfter;

    public RateLimitedException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
