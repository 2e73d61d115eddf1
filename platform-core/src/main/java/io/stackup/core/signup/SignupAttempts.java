package io.stackup.core.signup;

import io.stackup.core.ratelimit.RateCount;
import io.stackup.core.ratelimit.RateLimits;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * The sign-up rate limits ({@link SignupLimits}), counted in PostgreSQL through {@link RateLimits} (purpose
 * {@value #PURPOSE}): one counter per client address and one for everyone, per fixed window. Every attempt counts,
 * refused ones too, so that hammering the form keeps it refused; an attempt over its address's limit is not counted
 * globally, so that one address cannot shut the form for others.
 */
@Service
@EnableConfigurationProperties(SignupLimits.class)
public class SignupAttempts {

    static final String PURPOSE = "signup";
    static final String GLOBAL = "global";

    private final RateLimits rates;
    private final SignupLimits limits;

    SignupAttempts(RateLimits rates, SignupLimits limits) {
        this.rates = rates;
        this.limits = limits;
    }

    /**
     * Counts one attempt from {@code clientAddress}; each count commits at once (a refused or failed sign-up still
     * counts).
     *
     * @throws SignupRateLimitedException when the address's or the global limit is reached
     */
    public void take(String clientAddress) {
        RateCount own = rates.hit(
                PURPOSE, "address:" + (clientAddress.isBlank() ? "unknown" : clientAddress.strip()), limits.window());
        if (own.over(limits.perAddress())) {
            throw new SignupRateLimitedException(
                    "Too many sign-ups from your address. Try again later.", own.untilWindowEnds());
        }
        RateCount everyone = rates.hit(PURPOSE, GLOBAL, limits.window());
        if (everyone.over(limits.global())) {
            throw new SignupRateLimitedException(
                    "Too many sign-ups at the moment. Try again later.", everyone.untilWindowEnds());
        }
    }

    public SignupLimits limits() {
        return limits;
    }
}
