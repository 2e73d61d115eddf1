package io.stackup.core.ratelimit;

import io.stackup.core.ratelimit.repository.RateLimitRepository;
import java.time.Duration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fixed-window rate limits counted in PostgreSQL, so that several instances of the application share one count: a
 * hit adds one to its bucket's current window atomically ({@code INSERT … ON CONFLICT DO UPDATE … RETURNING}) and
 * answers the count with it. Every hit counts, refused ones too, so that hammering keeps a caller refused. Windows are
 * aligned on the database's clock; those that have ended are deleted when a new window begins.
 *
 * <p>Each hit commits in a transaction of its own at once, also inside a caller's transaction: a request that fails
 * later still counted, and the counter's row lock is held only for the increment.
 */
@Service
public class RateLimits {

    /** The longest a purpose or a key may be (longer keys are cut; the column allows a little more). */
    static final int MAX_KEY = 150;

    private final RateLimitRepository counters;
    private final TransactionTemplate ownTransaction;

    RateLimits(RateLimitRepository counters, PlatformTransactionManager transactions) {
        this.counters = counters;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Counts one hit of {@code key} for {@code purpose} in the current window of length {@code window}.
     *
     * @param purpose what is limited, e.g. {@code "signup"}; a short constant of the calling feature
     * @param key whose hits, e.g. {@code "address:203.0.113.9"}; blank counts as {@code "unknown"}, cut at 150
     * @return the window's hits including this one; the caller compares them with its limit ({@link RateCount#over})
     */
    public RateCount hit(String purpose, String key, Duration window) {
        if (window.toSeconds() < 1) {
            throw new IllegalArgumentException("a rate-limit window is at least a second: " + window);
        }
        String bucket = key.isBlank() ? "unknown" : key.strip();
        String cut = bucket.length() > MAX_KEY ? bucket.substring(0, MAX_KEY) : bucket;
        RateCount count = ownTransaction.execute(status -> {
            RateLimitRepository.Count counted = counters.increment(purpose, cut, window);
            if (counted.hits() == 1) {
                counters.deleteEnded();
            }
            return new RateCount(
                    counted.hits(),
                    counted.untilEnd().compareTo(Duration.ofSeconds(1)) < 0
                            ? Duration.ofSeconds(1)
                            : counted.untilEnd());
        });
        if (count == null) {
            throw new IllegalStateException("a rate-limit transaction gave no count");
        }
        return count;
    }
}
