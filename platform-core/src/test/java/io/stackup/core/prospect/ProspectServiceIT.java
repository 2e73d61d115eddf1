package io.stackup.core.prospect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackup.core.support.CoreIntegrationTest;
import io.stackup.core.template.Problem;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Prospects on real PostgreSQL: created, searched, changed, and kept to their tenant. */
@CoreIntegrationTest
@WithMockUser(roles = Roles.INTERVIEWER)
class ProspectServiceIT {

    @Autowired
    ProspectService prospects;

    @Autowired
    TenantDirectory directory;

    Tenant a;
    Tenant b;

    @BeforeEach
    void tenants() {
        a = register("pa");
        b = register("pb");
    }

    @Test
    void prospects_are_listed_by_name_in_pages_and_found_by_any_part_of_name_industry_or_contact() {
        as(a, () -> prospects.create(new ProspectDraft("Zeta Works", "Logistics", 40, "Zoe", "zoe@zeta.test", null)));
        as(a, () -> prospects.create(new ProspectDraft("  acme 100%  ", "Retail", 120, null, null, "  ")));
        as(a, () -> prospects.create(new ProspectDraft("Beta", null, null, "Bob Builder", null, null)));

        assertThat(as(a, () -> prospects.find("", 0, 2)))
                .extracting(Prospect::name)
                .containsExactly("acme 100%", "Beta");
        assertThat(as(a, () -> prospects.find("", 2, 2)))
                .extracting(Prospect::name)
                .containsExactly("Zeta Works");
        assertThat(as(a, () -> prospects.count(""))).isEqualTo(3);
        assertThat(as(a, () -> prospects.find("100%", 0, 10)))
                .extracting(Prospect::name)
                .containsExactly("acme 100%");
        assertThat(as(a, () -> prospects.find("LOGISTICS", 0, 10)))
                .extracting(Prospect::name)
                .containsExactly("Zeta Works");
        assertThat(as(a, () -> prospects.find("builder", 0, 10)))
                .extracting(Prospect::name)
                .containsExactly("Beta");
        assertThat(as(a, () -> prospects.find("", 0, 10)).getFirst().notes())
                .as("blank is none")
                .isNull();
    }

    @Test
    void a_prospect_that_does_not_fit_is_refused_naming_every_field() {
        assertThatThrownBy(() -> as(
                        a,
                        () -> prospects.create(
                                new ProspectDraft(" ", "x".repeat(201), -1, null, "not-an-address", null))))
                .isInstanceOfSatisfying(
                        ProspectValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::path)
                                .containsExactlyInAnyOrder("$.name", "$.industry", "$.contactEmail", "$.employees"));
        assertThat(as(a, () -> prospects.count(""))).isZero();
    }

    @Test
    void the_second_of_two_updates_from_the_same_read_is_refused() {
        Prospect acme = as(a, () -> prospects.create(new ProspectDraft("Acme", null, null, null, null, null)));
        Prospect changed = as(
                a,
                () -> prospects.update(
                        acme.id(),
                        acme.lockVersion(),
                        new ProspectDraft("Acme Ltd", null, 10, null, null, "met at fair")));
        assertThat(changed.name()).isEqualTo("Acme Ltd");
        assertThatThrownBy(() -> as(
                        a,
                        () -> prospects.update(
                                acme.id(),
                                acme.lockVersion(),
                                new ProspectDraft("Acme Inc", null, null, null, null, null))))
                .isInstanceOfSatisfying(ProspectConflictException.class, conflict -> {
                    // kc-user is no member of the tenant, so it is named by its Keycloak id
                    assertThat(conflict.changedBy()).isEqualTo("kc-user");
                    assertThat(conflict.changedAt()).isEqualTo(changed.updatedAt());
                    assertThat(conflict.getMessage()).startsWith("This prospect was saved by kc-user at ");
                });
        assertThat(as(a, () -> prospects.get(acme.id())).name())
                .as("nothing overwritten")
                .isEqualTo("Acme Ltd");
    }

    @Test
    void another_tenants_prospect_does_not_exist() {
        Prospect acme = as(a, () -> prospects.create(new ProspectDraft("Acme", null, null, null, null, null)));
        assertThatThrownBy(() -> as(b, () -> prospects.get(acme.id()))).isInstanceOf(ProspectNotFoundException.class);
        assertThatThrownBy(() -> as(
                        b,
                        () -> prospects.update(acme.id(), 0, new ProspectDraft("Mine", null, null, null, null, null))))
                .isInstanceOf(ProspectNotFoundException.class);
        assertThat(as(b, () -> prospects.count("acme"))).isZero();
    }

    @Test
    @WithMockUser(roles = Roles.EXPERT)
    void an_expert_reads_prospects_but_does_not_create_them() {
        assertThatThrownBy(() -> as(a, () -> prospects.create(new ProspectDraft("Acme", null, null, null, null, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(a, () -> prospects.count(""))).isZero();
    }

    private static <T> T as(Tenant tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), "kc-user", work);
    }

    private Tenant register(String prefix) {
        String unique = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return directory.register(unique, "Tenant " + unique, "org-" + unique);
    }
}
