package io.stackup.logging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * The Commons Logging factory of the application (registered in {@code META-INF/services}, which Commons Logging
 * consults before choosing its own SLF4J bridge): every {@link Log} writes to the SLF4J logger of the same name, as the
 * bridge does, but checks the level before it turns a message into text.
 *
 * <p>Why: Spring Framework 7 logs through Apache Commons Logging, whose SLF4J bridge (1.3.x) calls {@code
 * String.valueOf(message)} before SLF4J checks the level, so every lazy {@code LogMessage} Spring builds for a debug
 * line is rendered and thrown away (spring-projects/spring-framework#37266). Spring Security's method security builds
 * one for every call of a secured service method, describing the whole invocation: 3–6 % of the app's CPU on an API
 * answer and on a conversation answer (bench/README.md, "An answer against pgbench").
 */
public final class LevelCheckingLogFactory extends LogFactory {

    private final Map<String, Log> logs = new ConcurrentHashMap<>();
    private final Map<String, Object> attributes = new ConcurrentHashMap<>();

    @Override
    public Log getInstance(Class<?> type) {
        return getInstance(type.getName());
    }

    @Override
    public Log getInstance(String name) {
        return logs.computeIfAbsent(name, key -> new LevelCheckingLog(LoggerFactory.getLogger(key)));
    }

    @Override
    public @Nullable Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public String[] getAttributeNames() {
        return attributes.keySet().toArray(String[]::new);
    }

    @Override
    public void removeAttribute(String name) {
        attributes.remove(name);
    }

    @Override
    public void setAttribute(String name, @Nullable Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    @Override
    public void release() {
        logs.clear();
    }
}
