package io.stackup.security;

import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * What every request of every filter chain goes through before the chains: Spring Security's strict firewall with its
 * own rules, checked more cheaply, and no observation of Spring Security's filters.
 *
 * <p>The firewall checks a header's name and value each time anything reads the header, with a pattern over every
 * character: for the API's ~1.5 KB bearer token, read by several filters, that was 7–10 % of the app's CPU per answer
 * (bench/README.md, "An answer against pgbench"). {@link #headerNames} and {@link #headerValues} accept exactly what
 * the firewall's own patterns accept: a string of printable ASCII (and tabs, for values) at once, since those
 * characters are all assigned and none is a control character, and anything else through the same patterns.
 */
@Configuration(proxyBeanMethods = false)
class RequestFirewall {

    /** StrictHttpFirewall's pattern for header names (Spring Security 7.0): assigned, not control characters. */
    static final Pattern HEADER_NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    /** StrictHttpFirewall's pattern for header values: the same, tabs allowed. */
    static final Pattern HEADER_VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Bean
    WebSecurityCustomizer strictFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(headerNames());
        firewall.setAllowedHeaderValues(headerValues());
        return web -> web.httpFirewall(firewall);
    }

    /**
     * Spring Security observes nothing: no observation around each filter, authentication or authorization. They fed no
     * dashboard, and even switched off by {@code management.observations.enable.spring.security=false} the decorator
     * around every filter stayed; {@code http.server.requests} is Spring MVC's and stays.
     */
    @Bean
    static SecurityObservationSettings noSpringSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    static Predicate<String> headerNames() {
        return name -> printableAscii(name, false) || HEADER_NAME.matcher(name).matches();
    }

    static Predicate<String> headerValues() {
        return value ->
                printableAscii(value, true) || HEADER_VALUE.matcher(value).matches();
    }

    private static boolean printableAscii(String text, boolean tabs) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 || c > 0x7e) && !(tabs && c == '\t')) {
                return false;
            }
        }
        return true;
    }
}
