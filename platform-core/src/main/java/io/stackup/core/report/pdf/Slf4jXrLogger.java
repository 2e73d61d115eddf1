package io.stackup.core.report.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's log, written through SLF4J under its own logger names ({@code com.openhtmltopdf.load}, …) instead
 * of straight to java.util.logging's console. Its chatter (INFO: "Using fast-mode renderer", each font it loads) goes
 * to DEBUG; WARNING and SEVERE (a refused resource, a broken SVG) stay WARN and ERROR, since a report of ours should
 * cause none.
 */
final class Slf4jXrLogger implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, @Nullable Throwable error) {
        Logger logger = LoggerFactory.getLogger(where);
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            logger.error(message, error);
        } else if (value >= Level.WARNING.intValue()) {
            logger.warn(message, error);
        } else if (value >= Level.CONFIG.intValue()) {
            logger.debug(message, error);
        } else {
            logger.trace(message, error);
        }
    }

    /** Levels are SLF4J's business. */
    @Override
    public void setLevel(String logger, Level level) {}

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        int value = diagnostic.getLevel().intValue();
        Logger logger = LoggerFactory.getLogger("com.openhtmltopdf");
        if (value >= Level.WARNING.intValue()) {
            return true;
        }
        return value >= Level.CONFIG.intValue() ? logger.isDebugEnabled() : logger.isTraceEnabled();
    }
}
