package io.stackup.core.dashboard;

import io.stackup.core.tenancy.Tenant;
import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantDirectory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A small tenant whose Overview is known exactly, written row by row as the application role (row-level security
 * applies) with chosen dates, so that the period's edges are tested too. The period is {@link #PERIOD} (February and
 * March 2026); one interview before it.
 *
 * <p>Interviews assigned in the period: i1 (ivan, P1, completed 10 Feb; lead qualified, claimed by erin a day later,
 * won 20 Feb), i2 (ivan, P2, completed 12 Feb; disqualified), i3 (fran, P3, completed 15 Feb; qualified, nobody holds
 * it), i4 (fran, P1 again, completed 1 Mar; qualified, claimed by eli two hours later, lost 10 Mar), i5 (ivan, P4,
 * running), i6 (ivan, P5, assigned), i7 (fran, P5, cancelled unstarted), i8 (P4's self-assessment, completed 5 Mar;
 * qualified). Before it: i0 (ivan, P2, completed 5 Dec 2025). Results' areas (iam, net; levels basic, standard,
 * advanced): i0 iam advanced; i1 iam basic, net standard; i2 iam standard, net standard; i3 iam basic, net not
 * assessed; i4 iam advanced, net standard; i8 iam basic, net basic.
 */
final class DashboardFixture {

    static final Period PERIOD = new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31));

    static final String DOCUMENT = """
            {"format": "stackup-template/1", "key": "dash", "name": "Dash", "version": "1.0.0",
             "scale": {"levels": [{"key": "basic", "name": "Basic"}, {"key": "standard", "name": "Standardized"},
                                  {"key": "advanced", "name": "Advanced"}]},
             "areas": [{"key": "iam", "name": "Identity and Access", "capabilities": []},
                       {"key": "net", "name": "Networking", "capabilities": []}]}
            """;

    final Tenant tenant;
    final Map<String, UUID> people = new HashMap<>();
    final Map<String, UUID> prospects = new HashMap<>();
    final UUID template = UUID.randomUUID();

    private final DSLContext dsl;
    private final TransactionTemplate tx;

    DashboardFixture(ApplicationContext context, String slug) {
        dsl = context.getBean(DSLContext.class);
        tx = context.getBean(TransactionTemplate.class);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        tenant = context.getBean(TenantDirectory.class)
                .register(slug + "-" + unique, "Dash " + unique, "org-" + slug + unique);
        write(() -> {
            for (String name : new String[] {"admin", "ivan", "fran", "erin", "eli"}) {
                UUID id = UUID.randomUUID();
                people.put(name, id);
                dsl.execute(
                        "INSERT INTO member (tenant_id, id, keycloak_user_id, email, display_name, roles) "
                                + "VALUES (?, ?, ?, ?, ?, '{}')",
                        tenant.id().value(),
                        id,
                        "kc-" + name + "-" + unique,
                        name + "@example.test",
                        name);
            }
            dsl.execute(
                    "INSERT INTO template (tenant_id, id, key, version, name, status, document, created_by, updated_by,"
                            + " published_at, published_by) VALUES (?, ?, 'dash', '1.0.0', 'Dash', 'published',"
                            + " ?::jsonb, 'admin', 'admin', ?, 'admin')",
                    tenant.id().value(),
                    template,
                    DOCUMENT,
                    at("2025-11-01T00:00:00Z"));
            for (String name : new String[] {"P1", "P2", "P3", "P4", "P5"}) {
                UUID id = UUID.randomUUID();
                prospects.put(name, id);
                dsl.execute(
                        "INSERT INTO prospect (tenant_id, id, name, created_by, updated_by) VALUES (?, ?, ?, 'a', 'a')",
                        tenant.id().value(),
                        id,
                        name);
            }
            completed("ivan", "P2", "2025-12-01T09:00:00Z", "2025-12-05T09:00:00Z", "advanced", null, false);
            UUID l1 =
                    completed("ivan", "P1", "2026-02-02T09:00:00Z", "2026-02-10T09:00:00Z", "basic", "standard", true);
            claim(l1, "erin", "2026-02-11T09:00:00Z");
            close(l1, "won", "2026-02-20T09:00:00Z");
            completed("ivan", "P2", "2026-02-03T09:00:00Z", "2026-02-12T09:00:00Z", "standard", "standard", false);
            completed("fran", "P3", "2026-02-04T09:00:00Z", "2026-02-15T09:00:00Z", "basic", null, true);
            UUID l4 = completed(
                    "fran", "P1", "2026-02-20T09:00:00Z", "2026-03-01T09:00:00Z", "advanced", "standard", true);
            claim(l4, "eli", "2026-03-01T11:00:00Z");
            close(l4, "lost", "2026-03-10T09:00:00Z");
            open("ivan", "P4", "in_progress", "2026-03-02T09:00:00Z");
            open("ivan", "P5", "assigned", "2026-03-03T09:00:00Z");
            open("fran", "P5", "cancelled", "2026-03-04T09:00:00Z");
            completed(null, "P4", "2026-03-05T08:00:00Z", "2026-03-05T09:00:00Z", "basic", "basic", true);
        });
    }

    UUID person(String name) {
        return people.get(name);
    }

    /** An instant as a timestamptz in plain SQL (a bound string, cast by PostgreSQL). */
    private static Field<OffsetDateTime> at(String instant) {
        return at(instant, 0);
    }

    private static Field<OffsetDateTime> at(String instant, long plusSeconds) {
        return DSL.field(
                "cast({0} as timestamptz)",
                OffsetDateTime.class,
                DSL.val(Instant.parse(instant).plusSeconds(plusSeconds).toString()));
    }

    private UUID completed(
            String interviewer,
            String prospect,
            String assigned,
            String completedAt,
            String iam,
            String net,
            boolean qualified) {
        UUID id = UUID.randomUUID();
        String result = "{\"complete\": true, \"areas\": [{\"key\": \"iam\", \"level\": \"" + iam
                + "\", \"score\": 0.5}, {\"key\": \"net\", \"level\": " + (net == null ? "null" : "\"" + net + "\"")
                + ", \"score\": 0.5}], \"qualification\": {\"score\": 3, \"qualified\": " + qualified
                + ", \"rules\": []}}";
        boolean self = interviewer == null;
        dsl.execute(
                "INSERT INTO interview (tenant_id, id, template_id, prospect_id, interviewer_id, source, status, result,"
                        + " started_at, completed_at, completed_by, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?,"
                        + " 'completed', ?::jsonb, ?, ?, 'x', ?, 'admin')",
                tenant.id().value(),
                id,
                template,
                prospects.get(prospect),
                self ? DSL.field("cast(null as uuid)", UUID.class) : DSL.val(people.get(interviewer)),
                self ? "self-assessment" : "assigned",
                result,
                at(assigned, 3600),
                at(completedAt),
                at(assigned));
        UUID lead = UUID.randomUUID();
        dsl.execute(
                "INSERT INTO lead (tenant_id, id, interview_id, prospect_id, source, status, qualified, score,"
                        + " status_changed_at, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, 3, ?, ?, 'x')",
                tenant.id().value(),
                lead,
                id,
                prospects.get(prospect),
                self ? "self" : "interview",
                qualified ? "qualified" : "disqualified",
                qualified,
                at(completedAt),
                at(completedAt));
        return lead;
    }

    private void claim(UUID lead, String expert, String when) {
        dsl.execute(
                "UPDATE lead SET status = 'claimed', holder_id = ?, status_changed_at = ? WHERE tenant_id = ? AND id = ?",
                people.get(expert),
                at(when),
                tenant.id().value(),
                lead);
        dsl.execute(
                "INSERT INTO lead_event (tenant_id, lead_id, kind, from_status, to_status, holder_id, actor, at)"
                        + " VALUES (?, ?, 'claimed', 'qualified', 'claimed', ?, 'x', ?)",
                tenant.id().value(),
                lead,
                people.get(expert),
                at(when));
    }

    private void close(UUID lead, String status, String when) {
        dsl.execute(
                "UPDATE lead SET status = ?, lost_reason = ?, status_changed_at = ? WHERE tenant_id = ? AND id = ?",
                status,
                "lost".equals(status) ? "price" : null,
                at(when),
                tenant.id().value(),
                lead);
    }

    private void open(String interviewer, String prospect, String status, String assigned) {
        dsl.execute(
                "INSERT INTO interview (tenant_id, template_id, prospect_id, interviewer_id, status, started_at,"
                        + " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'admin')",
                tenant.id().value(),
                template,
                prospects.get(prospect),
                people.get(interviewer),
                status,
                "in_progress".equals(status)
                        ? at(assigned, 60)
                        : DSL.field("cast(null as timestamptz)", OffsetDateTime.class),
                at(assigned));
    }

    private void write(Runnable work) {
        TenantContext.callAs(
                tenant.id(),
                "test",
                () -> tx.execute(s -> {
                    work.run();
                    return null;
                }));
    }
}
