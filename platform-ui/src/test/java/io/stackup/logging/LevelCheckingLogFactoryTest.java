package io.stackup.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Commons Logging, as Spring's classes call it, goes to Logback through {@link LevelCheckingLogFactory}: a message of a
 * disabled level is never rendered, an enabled one arrives with its level, text, error and the caller's location.
 */
class LevelCheckingLogFactoryTest {

    private static final String NAME = "io.stackup.logging.sample";

    private final Logger logback = (Logger) LoggerFactory.getLogger(NAME);
    private final ListAppender<ILoggingEvent> events = new ListAppender<>() {
        @Override
        protected void append(ILoggingEvent event) {
            event.getCallerData(); // found now, from the logging call's own stack, as an appender printing it would
            super.append(event);
        }
    };
    private Level before;

    @BeforeEach
    void capture() {
        before = logback.getLevel();
        events.start();
        logback.addAppender(events);
    }

    @AfterEach
    void release() {
        logback.detachAppender(events);
        logback.setLevel(before);
    }

    @Test
    void commons_logging_finds_this_factory() {
        assertThat(LogFactory.getFactory()).isInstanceOf(LevelCheckingLogFactory.class);
        assertThat(LogFactory.getLog(NAME)).isInstanceOf(LevelCheckingLog.class);
        assertThat(LogFactory.getLog(NAME)).isSameAs(LogFactory.getLog(NAME));
    }

    @Test
    void a_message_of_a_disabled_level_is_never_rendered() {
        logback.setLevel(Level.INFO);
        Log log = LogFactory.getLog(NAME);
        Rendered message = new Rendered("debug detail");

        log.trace(message);
        log.debug(message);
        log.debug(message, new IllegalStateException("unused"));

        assertThat(log.isDebugEnabled()).isFalse();
        assertThat(message.renderings.get()).isZero();
        assertThat(events.list).isEmpty();
    }

    @Test
    void an_enabled_message_arrives_with_level_text_error_and_the_callers_location() {
        logback.setLevel(Level.DEBUG);
        Log log = LogFactory.getLog(NAME);
        Rendered message = new Rendered("debug detail");
        IllegalStateException error = new IllegalStateException("broken");

        log.debug(message);
        log.warn("careful", error);
        log.fatal("gone");

        assertThat(message.renderings.get()).isOne();
        assertThat(events.list)
                .extracting(ILoggingEvent::getLevel, ILoggingEvent::getFormattedMessage)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Level.DEBUG, "debug detail"),
                        org.assertj.core.groups.Tuple.tuple(Level.WARN, "careful"),
                        org.assertj.core.groups.Tuple.tuple(Level.ERROR, "gone"));
        assertThat(events.list.get(1).getThrowableProxy().getMessage()).isEqualTo("broken");
        assertThat(events.list.get(0).getCallerData()[0].getClassName())
                .isEqualTo(LevelCheckingLogFactoryTest.class.getName());
        assertThat(events.list.get(2).getCallerData()[0].getClassName())
                .as("fatal, which goes through error")
                .isEqualTo(LevelCheckingLogFactoryTest.class.getName());
    }

    private static final class Rendered {
        final AtomicInteger renderings = new AtomicInteger();
        final String text;

        Rendered(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            renderings.incrementAndGet();
            return text;
        }
    }
}
