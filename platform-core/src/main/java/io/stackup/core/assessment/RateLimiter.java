package io.stackup.core.assessment;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory token buckets, one per key: {@code capacity} tokens, refilled evenly over {@code period}. Memory is bounded:
 * past {@value #MAX_KEYS} keys, the buckets that are full again (idle keys) are dropped. Per instance of the
 * application: behind several instances each allows its own share.
 */
final class RateLimiter {

    static final int MAX_KEYS = 50_000;

    private final int capacity;
    private final long periodNanos;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int capacity, Duration period, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.periodNanos = period.toNanos();
        this.clock = clock;
    }

    /**
     * Takes one token of the key's bucket.
     *
     * @return {@link Duration#ZERO} when taken, else how long until one is there again (nothing taken)
     */
    Duration take(String key) {
        long now = nanos();
        if (buckets.size() > MAX_KEYS) {
            buckets.values().removeIf(b -> b.level(now) >= capacity);
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        synchronized (bucket) {
            double level = bucket.level(now);
            if (level >= 1) {
                bucket.tokens = level - 1;
                bucket.at = now;
                return Duration.ZERO;
            }
            double perNano = (double) capacity / periodNanos;
            return Duration.ofNanos((long) Math.ceil((1 - level) / perNano));
        }
    }

    private long nanos() {
        java.time.Instant instant = clock.instant();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    private final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        double level(long now) {
            double refilled = tokens + (double) (now - at) * capacity / periodNanos;
            return Math.min(capacity, refilled);
        }
    }

    /** "5 minutes", "1 minute": a wait rounded up to whole minutes, at least one. */
    static String minutes(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
