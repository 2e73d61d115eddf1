package io.stackup.core.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Keeps webhooks from reaching into the platform's own network (SSRF): an endpoint's host must resolve only to public
 * addresses; loopback, link-local (169.254/16, fe80::/10, where cloud metadata lives), private (RFC 1918, 100.64/10,
 * fc00::/7), multicast and unspecified addresses are refused. Checked when an endpoint is saved, and again at each
 * send: the host is resolved then, and the connection goes to the address that was checked, so a DNS answer that
 * changes in between (rebinding) gains nothing.
 *
 * <p>{@code stackup.webhooks.allow-private=true}, or the {@code local} profile, allows every address: for a developer's
 * receiver on their own machine and for tests. Off by default.
 */
@Component
public class WebhookAddressGuard {

    private final boolean allowPrivate;

    WebhookAddressGuard(
            Environment environment, @Value("${stackup.webhooks.allow-private:false}") boolean allowPrivate) {
        this.allowPrivate = allowPrivate || environment.acceptsProfiles(Profiles.of("local"));
    }

    /** Whether private addresses are allowed here. */
    public boolean allowsPrivate() {
        return allowPrivate;
    }

    /**
     * The URL, parsed, when it is an absolute http(s) URL without user info whose host resolves only to allowed
     * addresses.
     *
     * @throws RefusedAddressException saying why not
     */
    public URI check(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new RefusedAddressException("not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new RefusedAddressException("use an http:// or https:// URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new RefusedAddressException("the URL names no host");
        }
        if (uri.getUserInfo() != null) {
            throw new RefusedAddressException("the URL must not carry a user name or password");
        }
        resolve(uri.getHost());
        return uri;
    }

    /**
     * The host's first address, after checking every address it resolves to.
     *
     * @throws RefusedAddressException when it does not resolve or any of its addresses is refused
     */
    InetAddress resolve(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new RefusedAddressException("the host " + host + " is unknown");
        }
        for (InetAddress address : addresses) {
            String why = refusal(address);
            if (why != null && !allowPrivate) {
                throw new RefusedAddressException(
                        "the host " + host + " resolves to " + address.getHostAddress() + ", " + why);
            }
        }
        return addresses[0];
    }

    /** Why the address is refused, or {@code null} when it is a public one. */
    static @Nullable String refusal(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "an unspecified address";
        }
        if (address.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (address.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (address.isMulticastAddress()) {
            return "a multicast address";
        }
        if (address.isSiteLocalAddress()) {
            return "a private address";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64) {
            return "a private (shared) address";
        }
        if (address instanceof Inet4Address && (b[0] & 0xff) == 0) {
            return "an unspecified address";
        }
        if (address instanceof Inet6Address && (b[0] & 0xfe) == 0xfc) {
            return "a private (unique local) address";
        }
        return null;
    }

    /** An address webhooks may not reach, or a URL that is none; the message says which and why. */
    public static final class RefusedAddressException extends RuntimeException {
        public RefusedAddressException(String message) {
            super(message);
        }
    }
}
