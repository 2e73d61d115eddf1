package io.stackup.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackup.core.support.CoreIntegrationTest;
import io.stackup.core.tenancy.MemberLogin;
import io.stackup.core.tenancy.MemberService;
import io.stackup.core.tenancy.Roles;
import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A tenant's admins read its audit log: newest first, filtered by period, action or feature, actor, subject and the
 * summary's text, paged and counted, and exported whole in the list's order; nobody else reads it, and another
 * tenant's admins see none of its records.
 */
@CoreIntegrationTest
class AuditServiceIT {

    @Autowired
    AuditLog log;

    @Autowired
    AuditService audit;

    @Autowired
    TenantDirectory directory;

    @Autowired
    MemberService members;

    @Autowired
    TransactionTemplate tx;

    final String unique = UUID.randomUUID().toString().substring(0, 8);
    Tenant a;
    Tenant b;
    Instant start;
    Instant middle;

    @BeforeEach
    void two_tenants_with_a_log() throws InterruptedException {
        a = directory.register("as-" + unique, "Audit S " + unique, "org-as-" + unique);
        b = directory.register("at-" + unique, "Audit T " + unique, "org-at-" + unique);
        TenantContext.callAs(
                a.id(),
                "test",
                () -> members.ensureMember(
                        new MemberLogin("kc-erin", "erin@example.test", "Erin Expert", Set.of(Roles.EXPERT))));
        start = Instant.now();
        record(a, "kc-admin", AuditEntry.of("template.published", "template", "T1", "Published template 'IAM' 1.0"));
        record(a, "kc-erin", AuditEntry.of("lead.claimed", "lead", "L1", "Claimed the lead of Acme"));
        Thread.sleep(5);
        middle = Instant.now();
        record(
                a,
                "kc-erin",
                AuditEntry.of("lead.status_changed", "lead", "L1", "Moved the lead of Acme from claimed to contacted")
                        .with("statusBefore", "claimed")
                        .with("statusAfter", "contacted"));
        record(a, "kc-admin", AuditEntry.of("lead.claimed", "lead", "L2", "Claimed the lead of =Globex"));
        record(b, "kc-admin", AuditEntry.of("lead.claimed", "lead", "L9", "Claimed the lead of Initech"));
    }

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_log_is_newest_first_paged_and_counted() {
        List<AuditRecord> all = admin(a, () -> audit.find(AuditFilter.all(), 0, 10));
        assertThat(all).extracting(AuditRecord::subjectId).containsExactly("L2", "L1", "L1", "T1");
        assertThat(all).extracting(AuditRecord::at).isSortedAccordingTo((x, y) -> y.compareTo(x));
        assertThat(admin(a, () -> audit.count(AuditFilter.all()))).isEqualTo(4);

        List<AuditRecord> paged = new ArrayList<>();
        paged.addAll(admin(a, () -> audit.find(AuditFilter.all(), 0, 3)));
        paged.addAll(admin(a, () -> audit.find(AuditFilter.all(), 3, 3)));
        assertThat(paged).isEqualTo(all);

        AuditRecord moved = all.get(1);
        assertThat(moved.actorId()).isEqualTo("kc-erin");
        assertThat(moved.actorLabel()).isEqualTo("Erin Expert (erin@example.test)");
        assertThat(moved.feature()).isEqualTo("lead");
        assertThat(moved.details()).containsEntry("statusBefore", "claimed").containsEntry("statusAfter", "contacted");
    }

    @Test
    void filters_narrow_by_period_action_feature_actor_subject_and_summary_text() {
        assertThat(subjects(AuditFilter.all().withPeriod(middle, null))).containsExactly("L2", "L1");
        assertThat(subjects(AuditFilter.all().withPeriod(start, middle))).containsExactly("L1", "T1");
        assertThat(subjects(AuditFilter.all().withAction("lead.claimed"))).containsExactly("L2", "L1");
        assertThat(subjects(AuditFilter.all().withAction("lead."))).containsExactly("L2", "L1", "L1");
        assertThat(subjects(AuditFilter.all().withAction("lead"))).containsExactly("L2", "L1", "L1");
        assertThat(subjects(AuditFilter.all().withAction("template"))).containsExactly("T1");
        assertThat(subjects(AuditFilter.all().withAction("lead.won"))).isEmpty();
        assertThat(subjects(AuditFilter.all().withActor("kc-erin"))).containsExactly("L1", "L1");
        assertThat(subjects(AuditFilter.all().withActor("ERIN@example")))
                .as("a part of the label")
                .containsExactly("L1", "L1");
        assertThat(subjects(AuditFilter.all().withSubject("lead", "L1"))).containsExactly("L1", "L1");
        assertThat(subjects(AuditFilter.all().withSearch("globex"))).containsExactly("L2");
        assertThat(subjects(AuditFilter.all().withSearch("100%")))
                .as("wildcards taken literally")
                .isEmpty();
        assertThat(subjects(AuditFilter.all()
                        .withAction("lead.")
                        .withActor("kc-admin")
                        .withSearch("acme")))
                .isEmpty();
        assertThat(admin(a, () -> audit.count(AuditFilter.all().withAction("lead."))))
                .isEqualTo(3);
    }

    @Test
    void another_tenants_admin_sees_none_of_the_records_and_other_roles_read_nothing() {
        assertThat(admin(b, () -> audit.find(AuditFilter.all(), 0, 10)))
                .extracting(AuditRecord::subjectId)
                .containsExactly("L9");
        assertThat(admin(b, () -> audit.count(AuditFilter.all().withSubject("lead", "L1"))))
                .isZero();
        List<AuditRecord> exported = new ArrayList<>();
        admin(b, () -> {
            audit.export(AuditFilter.all(), exported::add);
            return null;
        });
        assertThat(exported).extracting(AuditRecord::subjectId).containsExactly("L9");

        for (String role : List.of(Roles.INTERVIEWER, Roles.EXPERT)) {
            assertThatThrownBy(() -> as(a, role, () -> audit.find(AuditFilter.all(), 0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(a, role, () -> audit.count(AuditFilter.all())))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_csv_export_streams_every_match_in_the_lists_order_with_formulas_neutralised() {
        TenantContext.callAs(a.id(), "kc-admin", () -> {
            tx.executeWithoutResult(status -> IntStream.range(0, 1_200)
                    .forEach(i -> log.record(AuditEntry.of("webhook.created", "webhook", "W" + i, "Added hook " + i))));
            return null;
        });

        List<AuditRecord> exported = new ArrayList<>();
        admin(a, () -> {
            audit.export(AuditFilter.all().withAction("webhook"), exported::add);
            return null;
        });
        assertThat(exported)
                .as("more than one fetch of the cursor")
                .hasSize(1_200)
                .isEqualTo(admin(a, () -> audit.find(AuditFilter.all().withAction("webhook"), 0, 1_200)));

        StringWriter out = new StringWriter();
        admin(a, () -> {
            AuditCsv csv = new AuditCsv(out);
            csv.header();
            audit.export(AuditFilter.all().withAction("lead."), csv::row);
            return null;
        });
        String[] lines = out.toString().split("\r\n", -1);
        assertThat(lines[0]).isEqualTo("at,actor,actor id,action,subject type,subject id,summary,details");
        assertThat(lines).hasSize(5).endsWith("");
        assertThat(lines[1]).endsWith(",kc-admin,kc-admin,lead.claimed,lead,L2,Claimed the lead of =Globex,");
        assertThat(lines[2])
                .contains("Erin Expert (erin@example.test),kc-erin,lead.status_changed,lead,L1")
                .endsWith(",\"{\"\"statusAfter\"\":\"\"contacted\"\",\"\"statusBefore\"\":\"\"claimed\"\"}\"");
    }

    @Test
    void a_summary_that_a_spreadsheet_would_run_is_neutralised_in_the_csv() {
        StringWriter out = new StringWriter();
        new AuditCsv(out)
                .row(new AuditRecord(
                        UUID.randomUUID(),
                        Instant.parse("2026-11-30T10:00:00Z"),
                        "@kc",
                        "-Mallory, \"M\"",
                        "lead.claimed",
                        "lead",
                        "+L1",
                        "=HYPERLINK(\"http://evil\")",
                        java.util.Map.of()));
        assertThat(out.toString())
                .isEqualTo("2026-11-30T10:00:00Z,\"'-Mallory, \"\"M\"\"\",'@kc,lead.claimed,lead,'+L1,"
                        + "\"'=HYPERLINK(\"\"http://evil\"\")\",\r\n");
    }

    private List<String> subjects(AuditFilter filter) {
        return admin(a, () -> audit.find(filter, 0, 100)).stream()
                .map(AuditRecord::subjectId)
                .toList();
    }

    private void record(Tenant tenant, String actor, AuditEntry entry) {
        TenantContext.callAs(tenant.id(), actor, () -> {
            tx.executeWithoutResult(status -> log.record(entry));
            return null;
        });
    }

    private <T> T admin(Tenant tenant, Supplier<T> work) {
        return as(tenant, Roles.TENANT_ADMIN, work);
    }

    private <T> T as(Tenant tenant, String role, Supplier<T> work) {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("kc-" + role, "n/a", Roles.authority(role)));
        try {
            return TenantContext.callAs(tenant.id(), "kc-" + role, work);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
