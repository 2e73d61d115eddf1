package io.stackup.core.ratelimit.repository;

import static io.stackup.core.jooq.Tables.RATE_LIMIT;

import java.time.Duration;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counters of hits per purpose, key and fixed window. The window is worked out from the database's clock, so that
 * instances whose clocks differ still count into the same row.
 */
@Repository
public class RateLimitRepository {

    /** One bucket's hits in the current window, and the time left until that window ends (by the database's clock). */
    public record Count(int hits, Duration untilEnd) {}

    private final DSLContext dsl;

    RateLimitRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Adds one hit to the bucket's current window, atomically, and returns the count including it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Count increment(String purpose, String key, Duration window) {
        Record2<Integer, Long> row = dsl.resultQuery(
                        """
                        WITH w AS (
                            SELECT date_bin(make_interval(secs => {2}), now(), timestamptz '2000-01-01 00:00:00+00')
                                AS start)
                        INSERT INTO rate_limit AS r (purpose, key, window_start, window_end, hits)
                        SELECT {0}, {1}, w.start, w.start + make_interval(secs => {2}), 1 FROM w
                        ON CONFLICT (purpose, key, window_start) DO UPDATE SET hits = r.hits + 1
                        RETURNING r.hits, ceil(extract(epoch FROM r.window_end - now()) * 1000)::bigint
                        """, DSL.val(purpose), DSL.val(key), DSL.val((double) window.toSeconds()))
                .coerce(RATE_LIMIT.HITS, DSL.field("millis", SQLDataType.BIGINT))
                .fetchSingle();
        return new Count(row.value1(), Duration.ofMillis(Math.max(0, row.value2())));
    }

    /** Removes the windows that have ended; returns how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int deleteEnded() {
        return dsl.deleteFrom(RATE_LIMIT)
                .where(RATE_LIMIT.WINDOW_END.le(DSL.field("now()", RATE_LIMIT.WINDOW_END.getDataType())))
                .execute();
    }
}
