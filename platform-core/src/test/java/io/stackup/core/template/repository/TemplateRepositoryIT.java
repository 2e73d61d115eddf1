package io.stackup.core.template.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackup.core.support.CoreIntegrationTest;
import io.stackup.core.template.StoredTemplate;
import io.stackup.core.template.TemplateId;
import io.stackup.core.template.TemplateStatus;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@CoreIntegrationTest
class TemplateRepositoryIT {

    static final String DOC = "{\"format\":\"stackup-template/1\"}";

    @Autowired
    TemplateRepository templates;

    @Autowired
    TenantDirectory directory;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    Tenant a;
    Tenant b;

    @BeforeEach
    void two_tenants() {
        a = register("ta");
        b = register("tb");
    }

    @Test
    void another_tenants_templates_stay_invisible() {
        TemplateId id = as(a, () -> templates.insert(a.id(), draft("catalog"), "alice"));

        assertThat(as(b, () -> templates.find(b.id(), id))).isEmpty();
        assertThat(as(b, () -> templates.find(a.id(), id)))
                .as("asking for A's row while working for B finds nothing")
                .isEmpty();
        assertThat(as(b, () -> templates.find(a.id(), "", null, 0, 50))).isEmpty();
        assertThat(as(b, () -> templates.deleteDraft(a.id(), id))).isFalse();
        assertThat(as(a, () -> templates.find(a.id(), id))).isPresent();
        assertThat(as(a, () -> templates.count(a.id(), "catalog", TemplateStatus.DRAFT)))
                .isEqualTo(1);
    }

    @Test
    void a_published_version_cannot_be_changed_or_deleted_even_by_plain_sql() {
        TemplateId id = as(a, () -> templates.insert(a.id(), draft("fixed"), "alice"));
        assertThat(as(a, () -> templates.publish(a.id(), id, "alice"))).isTrue();

        assertThatThrownBy(
                        () -> as(a, () -> jdbc.update("UPDATE template SET name = 'changed' WHERE id = ?", id.value())))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> as(a, () -> jdbc.update("DELETE FROM template WHERE id = ?", id.value())))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(as(a, () -> templates.publish(a.id(), id, "alice"))).isFalse();
        Optional<StoredTemplate> stored = as(a, () -> templates.find(a.id(), id));
        assertThat(stored).get().extracting(StoredTemplate::name).isEqualTo("Catalog fixed");
    }

    @Test
    void a_save_based_on_a_stale_version_is_refused() {
        TemplateId id = as(a, () -> templates.insert(a.id(), draft("locked"), "alice"));
        int read = as(a, () -> templates.find(a.id(), id)).orElseThrow().lockVersion();

        assertThat(as(a, () -> templates.updateDraft(a.id(), id, read, draft("locked"), "alice")))
                .isTrue();
        assertThat(as(a, () -> templates.updateDraft(a.id(), id, read, draft("locked"), "bob")))
                .as("bob read the same version as alice, and alice saved first")
                .isFalse();
        assertThat(as(a, () -> templates.find(a.id(), id)).orElseThrow().updatedBy())
                .isEqualTo("alice");
    }

    @Test
    void a_key_has_one_draft_and_a_version_is_published_once() {
        as(a, () -> templates.insert(a.id(), draft("single"), "alice"));
        assertThatThrownBy(() -> as(a, () -> templates.insert(a.id(), draft("single"), "alice")))
                .isInstanceOf(DuplicateKeyException.class);
        as(b, () -> templates.insert(b.id(), draft("single"), "bob"));

        TemplateRepository.NewVersion published = new TemplateRepository.NewVersion(
                "single", "1.0.0", "Single", TemplateStatus.PUBLISHED, DOC, "application/json");
        as(a, () -> templates.insert(a.id(), published, "alice"));
        assertThat(as(a, () -> templates.isPublished(a.id(), "single", "1.0.0")))
                .isTrue();
        assertThat(as(b, () -> templates.isPublished(b.id(), "single", "1.0.0")))
                .isFalse();
        assertThatThrownBy(() -> as(a, () -> templates.insert(a.id(), published, "alice")))
                .isInstanceOf(DuplicateKeyException.class);
    }

    private <T> T as(Tenant tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), "test", () -> tx.execute(status -> work.get()));
    }

    private static TemplateRepository.NewVersion draft(String key) {
        return new TemplateRepository.NewVersion(
                key, "1.0.0", "Catalog " + key, TemplateStatus.DRAFT, DOC, "application/json");
    }

    private Tenant register(String prefix) {
        String unique = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return directory.register(unique, "Tenant " + unique, "org-" + unique);
    }
}
