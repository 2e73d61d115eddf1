package io.stackup.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/** The fast path gives what Spring Security's own resolver gives, on the same requests. */
class HeaderBearerTokensTest {

    private final HeaderBearerTokens fast = new HeaderBearerTokens();
    private final DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();

    @Test
    void a_bearer_header_gives_its_token_as_the_standard_resolver_does() {
        for (String token : new String[] {"eyJhbGciOi.JSUzI1N-iIs_In~R5+cC/I6==", "abc", "a="}) {
            MockHttpServletRequest request = put("Bearer " + token);
            assertThat(fast.resolve(request)).isEqualTo(token).isEqualTo(standard.resolve(request));
        }
        assertThat(fast.resolve(put("bearer abc"))).isEqualTo("abc");
    }

    @Test
    void no_header_or_another_scheme_gives_no_token() {
        assertThat(fast.resolve(put(null))).isNull();
        assertThat(fast.resolve(put("Basic dXNlcjpwdw=="))).isNull();
    }

    @Test
    void a_malformed_header_ends_as_with_the_standard_resolver() {
        for (String header : new String[] {
            "Bearer ", "Bearer a b", "Bearer a=b", "Bearer =", "Bearer a\u00e9", "Bearer  a", "Bearer\ta", "Bearerabc"
        }) {
            assertThat(outcome(fast, put(header))).as(header).isEqualTo(outcome(standard, put(header)));
        }
        assertThat(outcome(fast, put("Bearer a b"))).startsWith("refused");
        assertThat(HeaderBearerTokens.isB64Token("")).isFalse();
    }

    @Test
    void a_request_with_a_query_or_a_form_ends_as_with_the_standard_resolver() {
        MockHttpServletRequest query = new MockHttpServletRequest("GET", "/api/v1/interviews");
        query.addHeader("Authorization", "Bearer abc");
        query.setQueryString("access_token=def");
        query.addParameter("access_token", "def");
        MockHttpServletRequest form = new MockHttpServletRequest("POST", "/api/v1/interviews");
        form.addHeader("Authorization", "Bearer abc");
        form.setContentType("application/x-www-form-urlencoded");
        form.addParameter("access_token", "def");

        assertThat(outcome(fast, query)).isEqualTo(outcome(standard, query));
        assertThat(outcome(fast, form)).isEqualTo(outcome(standard, form));
    }

    /** The token resolved, "none", or "refused: <why>" when the resolver refuses the request as malformed. */
    private static String outcome(BearerTokenResolver resolver, MockHttpServletRequest request) {
        try {
            String token = resolver.resolve(request);
            return token == null ? "none" : token;
        } catch (OAuth2AuthenticationException e) {
            return "refused: " + e.getMessage();
        }
    }

    private static MockHttpServletRequest put(String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/v1/interviews/x/answers/q");
        request.setContentType("application/json");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }
}
