package io.stackup.core.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.support.CoreIntegrationTest;
import io.stackup.core.support.CoreTestApplication;
import io.stackup.core.support.SharedPostgresInitializer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rate limits counted in PostgreSQL: atomic under concurrency, per purpose and key, and shared by two instances of the
 * application (a second Spring context with its own connection pool on the same database).
 */
@CoreIntegrationTest
class RateLimitsIT {

    private static ConfigurableApplicationContext secondInstance;

    @Autowired
    RateLimits rates;

    @Autowired
    JdbcTemplate jdbc;

    private final String key = "address:" + UUID.randomUUID();

    @BeforeAll
    static void startSecondInstance() {
        secondInstance = new SpringApplicationBuilder(CoreTestApplication.class)
                .web(WebApplicationType.NONE)
                .initializers(new SharedPostgresInitializer())
                .properties("spring.liquibase.enabled=false", "spring.main.banner-mode=off")
                .run();
    }

    @AfterAll
    static void stopSecondInstance() {
        if (secondInstance != null) {
            secondInstance.close();
        }
    }

    @Test
    void two_instances_on_one_database_exceed_the_limit_together() {
        RateLimits other = secondInstance.getBean(RateLimits.class);
        assertThat(other).isNotSameAs(rates);
        List<Boolean> refused = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            RateLimits instance = i % 2 == 0 ? rates : other;
            refused.add(instance.hit("test", key, Duration.ofHours(1)).over(5));
        }
        assertThat(refused)
                .as("five hits allowed in all, alternating instances; the sixth is over")
                .containsExactly(false, false, false, false, false, true);
        assertThat(other.hit("test", key, Duration.ofHours(1)).hits()).isEqualTo(7);
    }

    @Test
    void hits_that_come_at_once_are_each_counted_once() throws Exception {
        RateLimits other = secondInstance.getBean(RateLimits.class);
        List<Future<Integer>> counts = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            for (int i = 0; i < 60; i++) {
                RateLimits instance = i % 2 == 0 ? rates : other;
                counts.add(pool.submit(
                        () -> instance.hit("test", key, Duration.ofHours(1)).hits()));
            }
        }
        List<Integer> seen = new ArrayList<>();
        for (Future<Integer> count : counts) {
            seen.add(count.get());
        }
        assertThat(seen)
                .as("each hit saw its own count")
                .doesNotHaveDuplicates()
                .hasSize(60);
        assertThat(seen).allMatch(n -> n >= 1 && n <= 60);
    }

    @Test
    void purposes_and_keys_are_counted_apart_and_the_wait_is_within_the_window() {
        RateCount first = rates.hit("test", key, Duration.ofMinutes(10));
        rates.hit("test", key, Duration.ofMinutes(10));

        assertThat(rates.hit("test", key + "-other", Duration.ofMinutes(10)).hits())
                .isEqualTo(1);
        assertThat(rates.hit("other-test", key, Duration.ofMinutes(10)).hits()).isEqualTo(1);
        assertThat(first.hits()).isEqualTo(1);
        assertThat(first.untilWindowEnds()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(10));
        assertThat(first.minutesLeft()).matches("\\d+ minutes?");
    }

    @Test
    void windows_that_have_ended_are_deleted_when_a_new_one_begins() {
        jdbc.update(
                "INSERT INTO rate_limit (purpose, key, window_start, window_end, hits)"
                        + " VALUES ('test', ?, now() - interval '2 hours', now() - interval '1 hour', 3)",
                key + "-old");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM rate_limit WHERE key = ?", Long.class, key + "-old"))
                .isEqualTo(1);

        rates.hit("test", key + "-new", Duration.ofHours(1));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM rate_limit WHERE key = ?", Long.class, key + "-old"))
                .isZero();
    }
}
