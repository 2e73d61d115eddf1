package io.stackup.core.signup;

import io.stackup.core.signup.repository.SignupRateRepository;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sign-up rate limits ({@link SignupLimits}), counted in PostgreSQL: one counter per client address and one for
 * everyone, per fixed window. Every attempt counts, refused ones too, so that hammering the form keeps it refused; an
 * attempt over its address's limit is not counted globally, so that one address cannot shut the form for others.
 */
@Service
@EnableConfigurationProperties(SignupLimits.class)
public class SignupAttempts {

    static final String GLOBAL = "global";

    private final SignupRateRepository rates;
    private final SignupLimits limits;

    SignupAttempts(SignupRateRepository rates, SignupLimits limits) {
        this.rates = rates;
        this.limits = limits;
    }

    /**
     * Counts one attempt from {@code clientAddress}, in a transaction of its own that commits at once (a refused or
     * failed sign-up still counts).
     *
     * @throws SignupRateLimitedException when the address's or the global limit is reached
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void take(String clientAddress) {
        String address = clientAddress.isBlank() ? "unknown" : clientAddress.strip();
        if (address.length() > 150) {
            address = address.substring(0, 150);
        }
        SignupRateRepository.Count own = rates.increment("address:" + address, limits.window());
        if (own.attempts() == 1) {
            rates.deleteOlderThan(Duration.ofDays(1).plus(limits.window()));
        }
        if (own.attempts() > limits.perAddress()) {
            throw new SignupRateLimitedException(
                    "Too many sign-ups from your address. Try again later.", until(own.windowEnd()));
        }
        SignupRateRepository.Count everyone = rates.increment(GLOBAL, limits.window());
        if (everyone.attempts() > limits.global()) {
            throw new SignupRateLimitedException(
                    "Too many sign-ups at the moment. Try again later.", until(everyone.windowEnd()));
        }
    }

    public SignupLimits limits() {
        return limits;
    }

    private static Duration until(Instant end) {
        Duration left = Duration.between(Instant.now(), end);
        return left.isNegative() ? Duration.ofSeconds(1) : left;
    }
}
