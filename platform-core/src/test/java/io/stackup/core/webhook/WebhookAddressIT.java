package io.stackup.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackup.core.support.CoreIntegrationTest;
import io.stackup.core.template.Problem;
import io.stackup.core.tenancy.MemberLogin;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

/**
 * Without {@code stackup.webhooks.allow-private} (production's default), an endpoint that reaches loopback, private or
 * link-local addresses is refused when it is saved, with the reason next to {@code $.url}. (Its scheduler is off: this
 * context only saves.)
 */
@CoreIntegrationTest
@TestPropertySource(properties = {"stackup.webhooks.allow-private=false", "stackup.scheduler.enabled=false"})
class WebhookAddressIT {

    @Autowired
    WebhookService webhooks;

    @Autowired
    TenantDirectory directory;

    @Autowired
    MemberService members;

    Tenant tenant;

    @BeforeEach
    void a_tenant_and_its_admin() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        tenant = directory.register("wa-" + unique, "Webhooks " + unique, "org-wa-" + unique);
        TenantContext.callAs(
                tenant.id(),
                "test",
                () -> members.ensureMember(new MemberLogin(
                        "kc-admin-" + unique, "admin@example.test", "admin", Set.of(Roles.TENANT_ADMIN))));
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("admin", "n/a", Roles.authority(Roles.TENANT_ADMIN)));
    }

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:8080/hook",
                "http://localhost/hook",
                "https://10.1.2.3/hook",
                "https://192.168.1.10/hook",
                "http://169.254.169.254/latest/meta-data",
                "http://[::1]/hook",
                "http://[fd00::1]/hook",
                "http://0.0.0.0/hook"
            })
    void an_endpoint_reaching_a_loopback_private_or_link_local_address_is_refused_on_save(String url) {
        assertThatThrownBy(() -> as(() -> webhooks.create(new WebhookDraft(url, List.of("lead.qualified"), true))))
                .isInstanceOfSatisfying(
                        WebhookValidationException.class,
                        e -> assertThat(e.problems()).extracting(Problem::path).containsExactly("$.url"));
        assertThat(as(() -> webhooks.count())).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/hook", "not a url", "http://user:pw@93.184.215.14/hook"})
    void an_endpoint_that_is_no_plain_http_url_is_refused_on_save(String url) {
        assertThatThrownBy(() -> as(() -> webhooks.create(new WebhookDraft(url, List.of("lead.qualified"), true))))
                .isInstanceOf(WebhookValidationException.class);
    }

    private <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), "kc-admin", work);
    }
}
