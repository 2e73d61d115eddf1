package io.stackup.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The firewall's cheaper header checks accept and refuse exactly what Spring Security's own strict firewall does, on
 * the same requests: printable ASCII, tabs, control characters of both ranges, unassigned code points, characters
 * beyond Latin-1, surrogate pairs and lone surrogates, in names and in values.
 */
class RequestFirewallTest {

    private static final String[] SAMPLES = {
        "",
        "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln",
        "application/json; charset=utf-8",
        "a\tb",
        "\t",
        "line\nbreak",
        "carriage\rreturn",
        "nul\u0000",
        "del\u007f",
        "c1\u0085control",
        "c1\u009f",
        "latin-1 caf\u00e9",
        "nbsp\u00a0",
        "unassigned\u0378",
        "unassigned\uffff",
        "private\ue000use",
        "emoji \ud83d\ude00",
        "lone high \ud83d",
        "lone low \ude00",
        "cjk \u4e2d\u6587",
        "zero width \u200b joiner \u200d",
        "bidi \u202e override",
        "line separator \u2028",
    };

    private final HttpFirewall standard = new StrictHttpFirewall();
    private final HttpFirewall ours = firewall();

    @Test
    void header_values_are_judged_as_by_the_standard_firewall() {
        for (String value : samples()) {
            assertThat(acceptsValue(ours, value))
                    .as("value %s", escaped(value))
                    .isEqualTo(acceptsValue(standard, value));
        }
    }

    @Test
    void header_names_are_judged_as_by_the_standard_firewall() {
        for (String name : samples()) {
            if (name.isEmpty()) {
                continue;
            }
            assertThat(acceptsName(ours, name)).as("name %s", escaped(name)).isEqualTo(acceptsName(standard, name));
        }
    }

    @Test
    void the_samples_hold_both_kinds_for_names_and_values() {
        List<String> samples = samples();
        assertThat(samples.stream().filter(value -> acceptsValue(standard, value)))
                .isNotEmpty();
        assertThat(samples.stream().filter(value -> !acceptsValue(standard, value)))
                .isNotEmpty();
        assertThat(acceptsValue(standard, "a\tb")).isTrue();
        assertThat(acceptsName(standard, "a\tb"))
                .as("a tab is no part of a name")
                .isFalse();
    }

    /** The fixed samples, and random strings over the same characters mixed with printable ASCII. */
    private static List<String> samples() {
        List<String> samples = new ArrayList<>(List.of(SAMPLES));
        StringBuilder alphabet = new StringBuilder();
        for (String sample : SAMPLES) {
            alphabet.append(sample);
        }
        for (char c = 0; c < 0x100; c++) {
            alphabet.append(c);
        }
        Random random = new Random(15);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int j = 0; j < length; j++) {
                text.append(
                        random.nextInt(4) == 0
                                ? alphabet.charAt(random.nextInt(alphabet.length()))
                                : (char) (0x20 + random.nextInt(0x5f)));
            }
            samples.add(text.toString());
        }
        return samples;
    }

    private static HttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(RequestFirewall.headerNames());
        firewall.setAllowedHeaderValues(RequestFirewall.headerValues());
        return firewall;
    }

    private static boolean acceptsValue(HttpFirewall firewall, String value) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/interviews");
        request.addHeader("X-Sample", value);
        try {
            firewall.getFirewalledRequest(request).getHeader("X-Sample");
            Collections.list(firewall.getFirewalledRequest(request).getHeaders("X-Sample"));
            return true;
        } catch (RequestRejectedException rejected) {
            return false;
        }
    }

    private static boolean acceptsName(HttpFirewall firewall, String name) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/interviews");
        request.addHeader(name, "value");
        try {
            Collections.list(firewall.getFirewalledRequest(request).getHeaderNames());
            firewall.getFirewalledRequest(request).getHeader(name);
            return true;
        } catch (RequestRejectedException rejected) {
            return false;
        }
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars()
                .forEach(c -> out.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : "\\u%04x".formatted(c)));
        return out.toString();
    }
}
