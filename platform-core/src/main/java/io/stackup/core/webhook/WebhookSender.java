package io.stackup.core.webhook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * POSTs one signed event to an endpoint, over a socket to the address {@link WebhookAddressGuard} checked (not a
 * second DNS lookup), HTTP/1.1 with {@code Connection: close}; https with SNI and host name verification against the
 * URL's host. Reads the status line only; redirects are not followed (a 3xx is a failure). Connect and read time out
 * after {@code stackup.webhooks.timeout} (10 s).
 */
@Component
class WebhookSender {

    /** What came back: the status code. */
    record Response(int status) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final WebhookAddressGuard guard;
    private final int timeoutMillis;

    WebhookSender(WebhookAddressGuard guard, @Value("${stackup.webhooks.timeout:PT10S}") java.time.Duration timeout) {
        this.guard = guard;
        this.timeoutMillis = (int) timeout.toMillis();
    }

    /** {@code v1=} and the hex HMAC-SHA256 of {@code "<timestamp>.<body>"} with the secret. */
    static String signature(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(digest);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /**
     * Sends the body with the event's headers.
     *
     * @throws WebhookAddressGuard.RefusedAddressException when the host now resolves to a refused address
     * @throws IOException when no response came
     */
    Response post(String url, String eventId, String secret, long timestamp, String body) throws IOException {
        URI uri = guard.check(url);
        String host = uri.getHost();
        InetAddress address = guard.resolve(host);
        boolean tls = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            path += "?" + uri.getRawQuery();
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = Map.of(
                "Content-Type",
                "application/json",
                "User-Agent",
                "Stackup-Webhooks/1",
                "Stackup-Event-Id",
                eventId,
                "Stackup-Timestamp",
                Long.toString(timestamp),
                "Stackup-Signature",
                signature(secret, timestamp, body));
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(address, port), timeoutMillis);
            plain.setSoTimeout(timeoutMillis);
            Socket socket = plain;
            if (tls) {
                SSLSocket ssl = (SSLSocket)
                        ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(plain, host, port, true);
                SSLParameters parameters = ssl.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                ssl.setSSLParameters(parameters);
                ssl.startHandshake();
                socket = ssl;
            }
            StringBuilder head = new StringBuilder()
                    .append("POST ")
                    .append(path)
                    .append(" HTTP/1.1\r\nHost: ")
                    .append(uri.getPort() > 0 ? host + ":" + port : host)
                    .append("\r\nContent-Length: ")
                    .append(bytes.length)
                    .append("\r\nConnection: close\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes);
            out.flush();
            return new Response(status(socket.getInputStream()));
        } finally {
            plain.close();
        }
    }

    private static int status(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1 && c != '\n' && line.size() < 1000) {
            line.write(c);
        }
        String status = line.toString(StandardCharsets.ISO_8859_1).strip();
        String[] parts = status.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP response: " + status);
        }
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IOException("not an HTTP status: " + status);
        }
    }
}
