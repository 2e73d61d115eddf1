package io.stackup.core.signup.repository;

import static io.stackup.core.jooq.Tables.SIGNUP_RATE;

import java.time.Duration;
import java.time.Instant;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counters of sign-up attempts per bucket and fixed window. The window is worked out from the database's clock, so
 * that instances whose clocks differ still count into the same row.
 */
@Repository
public class SignupRateRepository {

    /** One bucket's count in the current window and when that window ends. */
    public record Count(int attempts, Instant windowEnd) {}

    private final DSLContext dsl;

    SignupRateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Adds one attempt to the bucket's current window, atomically, and returns the count including it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Count increment(String bucket, Duration window) {
        Record2<Integer, Instant> row = dsl.resultQuery(
                        """
                        INSERT INTO signup_rate AS r (bucket, window_start, attempts)
                        VALUES ({0}, date_bin(make_interval(secs => {1}), now(), timestamptz '2000-01-01 00:00:00+00'), 1)
                        ON CONFLICT (bucket, window_start) DO UPDATE SET attempts = r.attempts + 1
                        RETURNING r.attempts, r.window_start
                        """, org.jooq.impl.DSL.val(bucket), org.jooq.impl.DSL.val((double) window.toSeconds()))
                .coerce(SIGNUP_RATE.ATTEMPTS, SIGNUP_RATE.WINDOW_START)
                .fetchSingle();
        return new Count(row.value1(), row.value2().plus(window));
    }

    /** Removes the windows that started before {@code age} ago; returns how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int deleteOlderThan(Duration age) {
        return dsl.deleteFrom(SIGNUP_RATE)
                .where(SIGNUP_RATE.WINDOW_START.lt(org.jooq.impl.DSL.field(
                        "now() - make_interval(secs => {0})", Instant.class, (double) age.toSeconds())))
                .execute();
    }
}
