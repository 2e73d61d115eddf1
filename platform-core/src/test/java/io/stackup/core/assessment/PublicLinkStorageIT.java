package io.stackup.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackup.core.assessment.query.PublicLinkQueries;
import io.stackup.core.assessment.repository.PublicLinkRepository;
import io.stackup.core.support.CoreIntegrationTest;
import io.stackup.core.template.TemplateId;
import io.stackup.core.template.TemplateStatus;
import io.stackup.core.template.repository.TemplateRepository;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The public-link repository and queries keep another tenant's links invisible and unchangeable, even by id. */
@CoreIntegrationTest
class PublicLinkStorageIT {

    @Autowired
    PublicLinkRepository links;

    @Autowired
    PublicLinkQueries queries;

    @Autowired
    TemplateRepository templates;

    @Autowired
    TenantDirectory directory;

    @Autowired
    TransactionTemplate tx;

    Tenant a;
    Tenant b;
    TemplateId template;
    PublicLinkId link;

    @BeforeEach
    void a_link_in_tenant_a() {
        a = register("la");
        b = register("lb");
        template = as(
                a,
                () -> templates.insert(
                        a.id(),
                        new TemplateRepository.NewVersion(
                                "t", "1", "T", TemplateStatus.PUBLISHED, "{}", "application/json"),
                        "alice"));
        link = as(
                a,
                () -> links.insert(
                        a.id(),
                        template,
                        PublicLinkService.newToken(),
                        new PublicLinkSettings(true, null, "Hi"),
                        "alice"));
    }

    @Test
    void another_tenant_neither_reads_nor_changes_the_link() {
        assertThat(as(b, () -> queries.find(a.id(), link))).isEmpty();
        assertThat(as(b, () -> queries.find(a.id(), null, 0, 50))).isEmpty();
        assertThat(as(b, () -> queries.find(a.id(), template, 0, 50))).isEmpty();
        assertThat(as(b, () -> queries.count(a.id(), null))).isZero();
        assertThat(as(b, () -> links.update(a.id(), link, 0, new PublicLinkSettings(false, null, "Hacked"), "mallory")))
                .isFalse();

        PublicLink mine = as(a, () -> queries.find(a.id(), link)).orElseThrow();
        assertThat(mine.enabled()).isTrue();
        assertThat(mine.welcome()).isEqualTo("Hi");
        assertThat(mine.templateKey()).isEqualTo("t");
        assertThat(mine.submissions()).isZero();
        assertThat(as(a, () -> queries.find(a.id(), template, 0, 50)))
                .extracting(PublicLink::id)
                .containsExactly(link);
        assertThat(as(a, () -> queries.count(a.id(), null))).isEqualTo(1);
    }

    private <T> T as(Tenant tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), "test", () -> tx.execute(status -> work.get()));
    }

    private Tenant register(String prefix) {
        String unique = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return directory.register(unique, "Tenant " + unique, "org-" + unique);
    }
}
