package io.stackup.logging;

import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.spi.LocationAwareLogger;

/**
 * A Commons Logging {@link Log} over an SLF4J {@link Logger} that renders a message only when its level is enabled
 * ({@link LevelCheckingLogFactory} says why). Levels map as in Commons Logging's own bridge: fatal is error. With a
 * location-aware logger (Logback's), the caller's class and line are found above this class, as with the bridge.
 */
final class LevelCheckingLog implements Log {

    private static final String FQCN = LevelCheckingLog.class.getName();

    private final Logger logger;
    private final @Nullable LocationAwareLogger locationAware;

    LevelCheckingLog(Logger logger) {
        this.logger = logger;
        this.locationAware = logger instanceof LocationAwareLogger aware ? aware : null;
    }

    @Override
    public boolean isTraceEnabled() {
        return logger.isTraceEnabled();
    }

    @Override
    public boolean isDebugEnabled() {
        return logger.isDebugEnabled();
    }

    @Override
    public boolean isInfoEnabled() {
        return logger.isInfoEnabled();
    }

    @Override
    public boolean isWarnEnabled() {
        return logger.isWarnEnabled();
    }

    @Override
    public boolean isErrorEnabled() {
        return logger.isErrorEnabled();
    }

    @Override
    public boolean isFatalEnabled() {
        return logger.isErrorEnabled();
    }

    @Override
    public void trace(@Nullable Object message) {
        trace(message, null);
    }

    @Override
    public void trace(@Nullable Object message, @Nullable Throwable error) {
        if (logger.isTraceEnabled()) {
            log(LocationAwareLogger.TRACE_INT, message, error);
        }
    }

    @Override
    public void debug(@Nullable Object message) {
        debug(message, null);
    }

    @Override
    public void debug(@Nullable Object message, @Nullable Throwable error) {
        if (logger.isDebugEnabled()) {
            log(LocationAwareLogger.DEBUG_INT, message, error);
        }
    }

    @Override
    public void info(@Nullable Object message) {
        info(message, null);
    }

    @Override
    public void info(@Nullable Object message, @Nullable Throwable error) {
        if (logger.isInfoEnabled()) {
            log(LocationAwareLogger.INFO_INT, message, error);
        }
    }

    @Override
    public void warn(@Nullable Object message) {
        warn(message, null);
    }

    @Override
    public void warn(@Nullable Object message, @Nullable Throwable error) {
        if (logger.isWarnEnabled()) {
            log(LocationAwareLogger.WARN_INT, message, error);
        }
    }

    @Override
    public void error(@Nullable Object message) {
        error(message, null);
    }

    @Override
    public void error(@Nullable Object message, @Nullable Throwable error) {
        if (logger.isErrorEnabled()) {
            log(LocationAwareLogger.ERROR_INT, message, error);
        }
    }

    @Override
    public void fatal(@Nullable Object message) {
        error(message, null);
    }

    @Override
    public void fatal(@Nullable Object message, @Nullable Throwable error) {
        error(message, error);
    }

    private void log(int level, @Nullable Object message, @Nullable Throwable error) {
        String text = String.valueOf(message);
        if (locationAware != null) {
            locationAware.log(null, FQCN, level, text, null, error);
            return;
        }
        switch (level) {
            case LocationAwareLogger.TRACE_INT -> logger.trace(text, error);
            case LocationAwareLogger.DEBUG_INT -> logger.debug(text, error);
            case LocationAwareLogger.INFO_INT -> logger.info(text, error);
            case LocationAwareLogger.WARN_INT -> logger.warn(text, error);
            default -> logger.error(text, error);
        }
    }
}
