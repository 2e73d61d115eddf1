package io.stackup.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HAProxy (Debian's package) in front of several application instances on this machine: the local stack with
 * {@code --instances 2} and the fault harness's instance-loss runs.
 *
 * <p>Sticky sessions for Vaadin: HAProxy adds a cookie naming the instance that served a browser's first request and
 * sends the browser's later requests there, since a Vaadin session lives in one instance's memory. Requests without
 * the cookie (the API's clients) go round robin. Each instance's readiness is checked every second; an instance that
 * fails two checks, or refuses a connection, is taken out, and its browsers are sent to another instance
 * ({@code option redispatch}), where they sign in again through Keycloak's single sign-on and their devices send what
 * they kept. WebSockets (Vaadin push) may stay open an hour.
 */
public final class LoadBalancer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LoadBalancer.class);

    /** The cookie that pins a browser to an instance. */
    public static final String COOKIE = "STACKUP_INSTANCE";

    private final Process process;
    private final int port;

    private LoadBalancer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts HAProxy on {@code port} (127.0.0.1) in front of the instances on {@code instancePorts}, its configuration
     * and log in {@code directory}, and waits until it accepts connections.
     *
     * @throws IllegalStateException when Debian's {@code haproxy} is not installed or does not start
     */
    public static LoadBalancer start(Path directory, int port, List<Integer> instancePorts) {
        String haproxy = executable();
        try {
            Files.createDirectories(directory);
            Path config = directory.resolve("haproxy.cfg");
            Files.writeString(config, configuration(port, instancePorts), StandardCharsets.UTF_8);
            Path logFile = directory.resolve("haproxy.log");
            Process process = new ProcessBuilder(haproxy, "-db", "-f", config.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            LoadBalancer balancer = new LoadBalancer(process, port);
            balancer.awaitListening(Duration.ofSeconds(10), logFile);
            log.info("HAProxy on port {} in front of instances on {} (config {})", port, instancePorts, config);
            return balancer;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start HAProxy in " + directory, e);
        }
    }

    /** HAProxy's configuration: one frontend on 127.0.0.1:{@code port}, one backend server per instance. */
    static String configuration(int port, List<Integer> instancePorts) {
        StringBuilder config = new StringBuilder("""
                global
                  maxconn 4096
                defaults
                  mode http
                  option http-server-close
                  option forwardfor
                  option redispatch
                  retries 2
                  timeout connect 2s
                  timeout client 60s
                  timeout server 60s
                  timeout tunnel 1h
                frontend stackup
                  bind 127.0.0.1:%d
                  default_backend instances
                backend instances
                  balance roundrobin
                  cookie %s insert indirect nocache httponly
                  option httpchk GET /actuator/health/readiness
                  http-check expect status 200
                  default-server inter 1s fall 2 rise 2 on-marked-down shutdown-sessions
                """.formatted(port, COOKIE));
        for (int i = 0; i < instancePorts.size(); i++) {
            config.append(String.format(
                    Locale.ROOT,
                    "  server app%d 127.0.0.1:%d check cookie app%d%n",
                    i + 1,
                    instancePorts.get(i),
                    i + 1));
        }
        return config.toString();
    }

    public String url() {
        return "http://localhost:" + port;
    }

    private static String executable() {
        for (String candidate : List.of("/usr/sbin/haproxy", "/usr/bin/haproxy")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "HAProxy is not installed: apt-get install haproxy (deploy/local/run.sh does so when root)");
    }

    private void awaitListening(Duration timeout, Path logFile) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy exited with " + process.exitValue() + "; its log: " + logFile);
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while HAProxy started", e);
                }
            }
        }
        close();
        throw new IllegalStateException("HAProxy did not listen on port " + port + " within " + timeout);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    @Override
    public String toString() {
        return "HAProxy on " + url();
    }
}
