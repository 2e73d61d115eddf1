package io.stackup.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses webhooks may not reach, by address alone. */
class WebhookAddressGuardTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "127.5.5.5",
                "10.0.0.1",
                "172.16.0.1",
                "172.31.255.255",
                "192.168.0.1",
                "169.254.169.254",
                "100.64.0.1",
                "0.0.0.0",
                "224.0.0.1",
                "::1",
                "::",
                "fe80::1",
                "fc00::1",
                "fd12:3456::1",
                "ff02::1",
                "::ffff:10.0.0.1"
            })
    void loopback_private_link_local_multicast_and_unspecified_addresses_are_refused(String address) throws Exception {
        assertThat(WebhookAddressGuard.refusal(InetAddress.getByName(address))).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "172.32.0.1", "2606:4700::1111"})
    void public_addresses_are_allowed(String address) throws Exception {
        assertThat(WebhookAddressGuard.refusal(InetAddress.getByName(address))).isNull();
    }
}
