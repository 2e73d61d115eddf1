package io.stackup.core.signup;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many sign-ups are tried before the form refuses, counted in fixed windows of {@code window}.
 *
 * @param perAddress attempts one client address may make in a window
 * @param global attempts all client addresses together may make in a window (counted only for attempts within their
 *     address's limit, so that one address cannot use up everyone's)
 * @param window the length of a counting window
 */
@ConfigurationProperties("stackup.signup")
public record SignupLimits(
        @DefaultValue("5") int perAddress,
        @DefaultValue("50") int global,
        @DefaultValue("PT1H") Duration window) {

    public SignupLimits {
        if (perAddress < 1 || global < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException(
                    "Sign-up limits must be positive: " + perAddress + ", " + global + ", " + window);
        }
    }
}
