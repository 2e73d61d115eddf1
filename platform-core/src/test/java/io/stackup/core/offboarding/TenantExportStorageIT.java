package io.stackup.core.offboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackup.core.offboarding.query.TenantRows;
import io.stackup.core.offboarding.repository.TenantExportRepository;
import io.stackup.core.support.CoreIntegrationTest;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Background exports in PostgreSQL: another tenant neither reads, lists, downloads, changes nor deletes an export or
 * its archive, even with calls that name the first tenant (row-level security); an export past its expiry is not read;
 * a new run clears an interrupted one's chunks; and the export's own tables are left out of the archive.
 */
@CoreIntegrationTest
class TenantExportStorageIT {

    @Autowired
    TenantDirectory directory;

    @Autowired
    TenantExports exports;

    @Autowired
    TenantExportRepository repository;

    @Autowired
    TenantRows rows;

    @Autowired
    TransactionTemplate tx;

    final String unique = UUID.randomUUID().toString().substring(0, 8);
    Tenant a;
    Tenant b;
    UUID export;

    @BeforeEach
    void tenant_a_has_a_done_export() {
        a = directory.register("ea-" + unique, "Tenant A " + unique, "org-ea-" + unique);
        b = directory.register("eb-" + unique, "Tenant B " + unique, "org-eb-" + unique);
        export = UUID.randomUUID();
        in(a, () -> exports.create(a.id(), export, "stackup-ea.zip", "kc-admin"));
        in(a, () -> exports.start(a.id(), export));
        in(a, () -> {
            exports.addChunk(a.id(), export, 0, new byte[] {1, 2, 3});
            exports.addChunk(a.id(), export, 1, new byte[] {4});
            exports.finish(a.id(), export, 4, 2, Instant.now().plus(7, ChronoUnit.DAYS));
            return null;
        });
    }

    @Test
    void the_tenant_reads_its_export_and_archive_and_another_tenant_sees_none_of_it() {
        TenantExport done = in(a, () -> exports.find(a.id(), export)).orElseThrow();
        assertThat(done.status()).isEqualTo(TenantExport.Status.DONE);
        assertThat(done.sizeBytes()).isEqualTo(4);
        assertThat(done.attempts()).isEqualTo(1);
        assertThat(in(a, () -> exports.chunk(a.id(), export, 1)))
                .hasValueSatisfying(c -> assertThat(c).containsExactly(4));
        assertThat(in(a, () -> exports.list(a.id(), 0, 10)))
                .extracting(TenantExport::id)
                .containsExactly(export);

        assertThat(in(b, () -> exports.find(a.id(), export))).isEmpty();
        assertThat(in(b, () -> exports.find(b.id(), export))).isEmpty();
        assertThat(in(b, () -> exports.chunk(a.id(), export, 0))).isEmpty();
        assertThat(in(b, () -> exports.list(a.id(), 0, 10))).isEmpty();
        assertThat(in(b, () -> exports.count(a.id()))).isZero();
        assertThat(in(b, () -> exports.active(a.id()))).isEmpty();
        assertThat(in(b, () -> exports.delete(a.id(), export))).isFalse();
        assertThat(in(a, () -> exports.find(a.id(), export))).as("still there").isPresent();
    }

    @Test
    void another_tenant_cannot_write_into_an_export() {
        assertThatThrownBy(() -> in(b, () -> {
                    exports.addChunk(a.id(), export, 2, new byte[] {9});
                    return null;
                }))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> in(b, () -> exports.create(a.id(), UUID.randomUUID(), "x.zip", "kc-b")))
                .isInstanceOf(DataAccessException.class);
        in(b, () -> {
            exports.fail(a.id(), export, "not yours", Instant.now());
            return null;
        });
        assertThat(in(a, () -> exports.find(a.id(), export)).orElseThrow().status())
                .isEqualTo(TenantExport.Status.DONE);
    }

    @Test
    void an_expired_export_is_not_read_and_a_new_run_clears_an_interrupted_ones_chunks() {
        UUID running = UUID.randomUUID();
        in(a, () -> exports.create(a.id(), running, "stackup-ea-2.zip", "kc-admin"));
        assertThat(in(a, () -> exports.start(a.id(), running))).contains(1);
        in(a, () -> {
            exports.addChunk(a.id(), running, 0, new byte[] {7});
            return null;
        });
        assertThat(in(a, () -> exports.active(a.id())))
                .hasValueSatisfying(e -> assertThat(e.id()).isEqualTo(running));
        assertThat(in(a, () -> exports.start(a.id(), running)))
                .as("picked up again")
                .contains(2);
        assertThat(in(a, () -> repository.chunk(a.id(), running, 0))).isEmpty();
        assertThat(in(a, () -> exports.start(a.id(), export)))
                .as("a done export is not run again")
                .isEmpty();

        in(a, () -> {
            exports.fail(a.id(), running, "failed", Instant.now().minusSeconds(1));
            return null;
        });
        assertThat(in(a, () -> exports.find(a.id(), running))).as("expired").isEmpty();
        assertThat(in(a, () -> exports.count(a.id()))).isEqualTo(1);
        assertThat(in(a, () -> exports.delete(a.id(), running))).isTrue();
    }

    @Test
    void the_exports_own_tables_are_left_out_of_the_archive() {
        assertThat(in(a, rows::tenantTables))
                .doesNotContainAnyElementsOf(TenantRows.NOT_EXPORTED)
                .contains("member", "template", "audit_event");
    }

    private <T> T in(Tenant tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), "test", () -> tx.execute(status -> work.get()));
    }
}
