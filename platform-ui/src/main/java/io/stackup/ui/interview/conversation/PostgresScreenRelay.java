package io.stackup.ui.interview.conversation;

import io.stackup.core.interview.InterviewId;
import io.stackup.core.tenancy.TenantId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCallback;
import org.springframework.stereotype.Component;

/**
 * {@link ScreenRelay} through PostgreSQL's {@code LISTEN/NOTIFY} on the channel {@value #CHANNEL}: every instance
 * listens on a connection of its own (outside the pool, since it is held for the instance's life) and sends through
 * the pool. A notification carries ids and a count, never an answer: the receiving instance reads the answer itself
 * ({@link io.stackup.core.interview.RelayedAnswers}), so no payload limit applies and no answer text crosses the channel.
 *
 * <p>Message: {@code kind|instance|tenant|interview|count|question}, kind {@code A} (answer saved), {@code S} (screens
 * open here) or {@code H} (an instance (re)joined: everyone announces). An instance ignores its own messages. When the
 * listening connection fails (PostgreSQL restarted), it connects again with growing pauses and announces itself.
 */
@Component
final class PostgresScreenRelay implements ScreenRelay, SmartLifecycle {

    static final String CHANNEL = "stackup_screens";

    private static final Logger log = LoggerFactory.getLogger(PostgresScreenRelay.class);
    private static final int POLL_MILLIS = 1000;
    private static final long MAX_PAUSE_MILLIS = 30_000;

    private final String instance = UUID.randomUUID().toString();
    private final JdbcTemplate jdbc;
    private final String url;
    private final String user;
    private final String password;
    private volatile @Nullable Listener listener;
    private volatile boolean running;
    private @Nullable Thread thread;

    PostgresScreenRelay(JdbcTemplate jdbc, Environment environment) {
        this.jdbc = jdbc;
        this.url = environment.getRequiredProperty("spring.datasource.url");
        this.user = environment.getRequiredProperty("spring.datasource.username");
        this.password = environment.getRequiredProperty("spring.datasource.password");
    }

    @Override
    public void start(Listener listener) {
        this.listener = listener;
    }

    @Override
    public void answerSaved(TenantId tenant, InterviewId interview, String question) {
        send("A", tenant, interview, 0, question);
    }

    @Override
    public void screensHere(TenantId tenant, InterviewId interview, int count) {
        send("S", tenant, interview, count, "");
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("screen-relay").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        Thread listening = thread;
        if (listening != null) {
            listening.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        long pause = POLL_MILLIS;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                joined();
                pause = POLL_MILLIS;
                long nextHeartbeat = System.nanoTime() + HEARTBEAT.toNanos();
                while (running) {
                    PGNotification[] received = notifications.getNotifications(POLL_MILLIS);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            receive(notification.getParameter());
                        }
                    }
                    if (System.nanoTime() - nextHeartbeat >= 0) {
                        nextHeartbeat = System.nanoTime() + HEARTBEAT.toNanos();
                        Listener current = listener;
                        if (current != null) {
                            current.heartbeat();
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("The screen relay lost PostgreSQL ({}); listening again in {} ms", e.toString(), pause);
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
            }
        }
    }

    private void joined() {
        jdbc.execute("SELECT pg_notify(?, ?)", notify(String.join("|", "H", instance, "", "", "0", "")));
        Listener current = listener;
        if (current != null) {
            current.announceAll();
        }
    }

    void receive(String payload) {
        String[] parts = payload.split("\\|", 6);
        Listener current = listener;
        if (parts.length != 6 || parts[1].equals(instance) || current == null) {
            return;
        }
        try {
            switch (parts[0]) {
                case "H" -> current.announceAll();
                case "A" -> current.answerSaved(tenant(parts[2]), interview(parts[3]), parts[5]);
                case "S" ->
                    current.screensElsewhere(
                            parts[1], tenant(parts[2]), interview(parts[3]), Integer.parseInt(parts[4]));
                default -> log.debug("Ignored a screen relay message of kind {}", parts[0]);
            }
        } catch (IllegalArgumentException malformed) {
            log.debug("Ignored a malformed screen relay message: {}", malformed.toString());
        }
    }

    private void send(String kind, TenantId tenant, InterviewId interview, int count, String question) {
        String payload = String.join(
                "|",
                kind,
                instance,
                tenant.value().toString(),
                interview.value().toString(),
                String.valueOf(count),
                question);
        try {
            jdbc.execute("SELECT pg_notify(?, ?)", notify(payload));
        } catch (DataAccessException e) {
            // Best effort, as push is: the answer is saved; the other screen shows it when opened again.
            log.warn("Could not tell the other instances of a screen change: {}", e.toString());
        }
    }

    private static PreparedStatementCallback<Boolean> notify(String payload) {
        return statement -> {
            statement.setString(1, CHANNEL);
            statement.setString(2, payload);
            return statement.execute();
        };
    }

    private static TenantId tenant(String value) {
        return new TenantId(UUID.fromString(value));
    }

    private static InterviewId interview(String value) {
        return new InterviewId(UUID.fromString(value));
    }
}
