package io.stackup.bench;

import io.stackup.core.template.Answer;
import io.stackup.core.template.Level;
import io.stackup.core.template.Option;
import io.stackup.core.template.Question;
import io.stackup.core.template.Template;
import io.stackup.core.template.document.TemplateReader;
import io.stackup.core.template.document.TemplateWriter;
import io.stackup.core.template.scoring.PreparedTemplate;
import io.stackup.core.template.scoring.Result;
import io.stackup.core.template.scoring.ResultDocument;
import io.stackup.core.template.scoring.ScoringEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Seeds a migrated Stackup database for {@link DashboardBenchmark}, through COPY as the superuser (which row-level
 * security does not apply to): one big tenant with {@value #BIG_INTERVIEWS} completed interviews of the Core
 * Infrastructure Optimization starter spread over two years (plus a few thousand assigned, running and cancelled
 * ones), and {@value #SMALL_TENANTS} small tenants with {@value #SMALL_INTERVIEWS} completed interviews each.
 *
 * <p>Results are real: {@value #RESULTS} answer sets, each leaning to one maturity (options chosen near a level,
 * checklists filled up to it), scored by the application's own {@link ScoringEngine}; every interview gets one of
 * them with its own id written in. Answers themselves are not stored as rows (the dashboards never read them). Every
 * completed interview has its lead (qualified as its result says); a qualified lead is claimed by one of the experts
 * after hours to days, and most claimed leads moved on to contacted, proposal, won or lost, each change with its
 * event: the statuses and history the application would have written.
 */
final class DashboardSeed {

    static final int BIG_INTERVIEWS = 100_000;
    static final int BIG_OPEN_INTERVIEWS = 6_000;
    static final int BIG_PROSPECTS = 40_000;
    static final int SMALL_TENANTS = 1_000;
    static final int SMALL_INTERVIEWS = 20;
    static final int RESULTS = 400;
    static final int INTERVIEWERS = 20;
    static final int EXPERTS = 8;
    private static final Duration HISTORY = Duration.ofDays(730);
    private static final String STARTER = "starters/core-infrastructure-optimization.yaml";
    private static final String ID_MARK = "00000000-0000-0000-0000-00000000beef";

    private final Random random = new Random(42);
    private final Instant now = Instant.now();
    private final CopyManager copy;
    private final String document;
    private final List<Scored> results;
    private final Map<String, Table> tables = new LinkedHashMap<>();

    private record Scored(String json, boolean qualified, double score) {}

    private record People(UUID admin, List<UUID> interviewers, List<UUID> experts) {}

    private DashboardSeed(Connection superuser) throws SQLException, IOException {
        copy = superuser.unwrap(PGConnection.class).getCopyAPI();
        Template template;
        try (InputStream in = DashboardSeed.class.getClassLoader().getResourceAsStream(STARTER)) {
            if (in == null) {
                throw new IllegalStateException(STARTER + " is not on the class path");
            }
            template = TemplateReader.read(in.readAllBytes(), TemplateReader.Syntax.YAML);
        }
        document = TemplateWriter.write(template);
        PreparedTemplate prepared = new ScoringEngine().prepare(template);
        results = new ArrayList<>();
        for (int i = 0; i < RESULTS; i++) {
            Result result = prepared.score(answers(template, random.nextDouble() * 3.4), Map.of(), ID_MARK, true);
            results.add(new Scored(
                    ResultDocument.toJson(result).toString(),
                    result.qualification().qualified(),
                    result.qualification().score()));
        }
    }

    /**
     * Seeds the database the connection is open on (a superuser's, on a freshly migrated schema) and returns the big
     * tenant's id. Takes a few minutes.
     */
    static UUID seed(Connection superuser) throws SQLException, IOException {
        return new DashboardSeed(superuser).run(superuser);
    }

    private UUID run(Connection superuser) throws SQLException, IOException {
        try (Statement statement = superuser.createStatement()) {
            // Foreign keys and triggers are the application's guard; COPY of consistent data goes without them.
            statement.execute("SET session_replication_role = replica");
        }
        table("tenant", "id, slug, name, keycloak_org_id, created_at");
        table("member", "tenant_id, id, keycloak_user_id, email, display_name, roles, created_at");
        table(
                "template",
                "tenant_id, id, key, version, name, status, document, created_at, created_by, updated_at, updated_by,"
                        + " published_at, published_by");
        table("prospect", "tenant_id, id, name, created_at, created_by, updated_at, updated_by");
        table(
                "interview",
                "tenant_id, id, template_id, prospect_id, interviewer_id, source, status, result, started_at,"
                        + " completed_at, completed_by, created_at, created_by, updated_at");
        table("interview_event", "tenant_id, interview_id, kind, interviewer_id, actor, at");
        table(
                "lead",
                "tenant_id, id, interview_id, prospect_id, source, status, qualified, score, holder_id, lost_reason,"
                        + " status_changed_at, created_at, created_by, updated_at");
        table("lead_event", "tenant_id, lead_id, kind, from_status, to_status, holder_id, actor, at");

        long started = System.nanoTime();
        UUID big = tenant("bench-big", BIG_PROSPECTS, BIG_INTERVIEWS, BIG_OPEN_INTERVIEWS, INTERVIEWERS, EXPERTS);
        System.out.printf("seeded the big tenant in %.1f s%n", (System.nanoTime() - started) / 1e9);
        for (int t = 0; t < SMALL_TENANTS; t++) {
            tenant("bench-small-" + t, 10, SMALL_INTERVIEWS, 2, 2, 1);
        }
        flushAll();
        System.out.printf(
                "seeded %d small tenants, %.1f s in all%n", SMALL_TENANTS, (System.nanoTime() - started) / 1e9);
        try (Statement statement = superuser.createStatement()) {
            statement.execute("SET session_replication_role = origin");
            statement.execute("VACUUM ANALYZE");
        }
        System.out.printf("vacuumed and analyzed, %.1f s in all%n", (System.nanoTime() - started) / 1e9);
        return big;
    }

    private UUID tenant(String slug, int prospectCount, int completed, int open, int interviewerCount, int expertCount)
            throws SQLException, IOException {
        UUID tenant = UUID.randomUUID();
        Instant origin = now.minus(HISTORY).minus(Duration.ofDays(10));
        row("tenant", tenant, slug, "Tenant " + slug, "org-" + slug, origin);
        UUID admin = member(tenant, "admin", "tenant-admin", origin);
        List<UUID> interviewers = new ArrayList<>();
        for (int i = 0; i < interviewerCount; i++) {
            interviewers.add(member(tenant, "interviewer" + i, "interviewer", origin));
        }
        List<UUID> experts = new ArrayList<>();
        for (int i = 0; i < expertCount; i++) {
            experts.add(member(tenant, "expert" + i, "expert", origin));
        }
        People people = new People(admin, interviewers, experts);
        UUID template = UUID.randomUUID();
        row(
                "template",
                tenant,
                template,
                "core-io",
                "1.0.0",
                "Core Infrastructure Optimization",
                "published",
                document,
                origin,
                "admin",
                origin,
                "admin",
                origin,
                "admin");
        UUID[] prospects = new UUID[prospectCount];
        for (int i = 0; i < prospectCount; i++) {
            prospects[i] = UUID.randomUUID();
            row("prospect", tenant, prospects[i], "Prospect " + slug + " " + i, origin, "admin", origin, "admin");
        }
        // Rows are written in the order the application writes them, by assignment time: the table's physical order
        // follows time as it does in production, which is what makes a period's rows few pages.
        long[] assignedAt = new long[completed];
        for (int i = 0; i < completed; i++) {
            assignedAt[i] = (long) (random.nextDouble() * (HISTORY.toSeconds() - 86_400));
        }
        java.util.Arrays.sort(assignedAt);
        for (int i = 0; i < completed; i++) {
            completedInterview(
                    tenant,
                    template,
                    prospects[random.nextInt(prospectCount)],
                    people,
                    now.minus(HISTORY).plusSeconds(assignedAt[i]));
        }
        for (int i = 0; i < open; i++) {
            openInterview(tenant, template, prospects[random.nextInt(prospectCount)], people);
        }
        flushAll();
        return tenant;
    }

    private UUID member(UUID tenant, String name, String role, Instant at) throws SQLException, IOException {
        UUID id = UUID.randomUUID();
        row("member", tenant, id, "kc-" + id, name + "@" + tenant + ".test", name, "{" + role + "}", at);
        return id;
    }

    /** An interview assigned within the history, started and completed within days, with its lead and its fate. */
    private void completedInterview(UUID tenant, UUID template, UUID prospect, People people, Instant assigned)
            throws SQLException, IOException {
        UUID id = UUID.randomUUID();
        Instant startedAt = assigned.plusSeconds(600 + random.nextInt(3 * 86_400));
        Instant completedAt = startedAt.plusSeconds(1_800 + random.nextInt(2 * 86_400));
        if (completedAt.isAfter(now)) {
            completedAt = now.minusSeconds(60);
        }
        boolean self = random.nextInt(10) == 0;
        UUID interviewer = self ? null : pick(people.interviewers());
        String actor = self ? "respondent" : "kc-" + interviewer;
        Scored scored = results.get(random.nextInt(results.size()));
        row(
                "interview",
                tenant,
                id,
                template,
                prospect,
                interviewer,
                self ? "self-assessment" : "assigned",
                "completed",
                scored.json().replace(ID_MARK, id.toString()),
                startedAt,
                completedAt,
                actor,
                assigned,
                "admin",
                completedAt);
        if (!self) {
            row("interview_event", tenant, id, "assigned", interviewer, "admin", assigned);
        }
        row("interview_event", tenant, id, "completed", interviewer, actor, completedAt);
        lead(tenant, id, prospect, self, scored, completedAt, people);
    }

    private void lead(
            UUID tenant, UUID interview, UUID prospect, boolean self, Scored scored, Instant made, People people)
            throws SQLException, IOException {
        UUID lead = UUID.randomUUID();
        String status = scored.qualified() ? "qualified" : "disqualified";
        UUID holder = null;
        String lostReason = null;
        Instant changed = made;
        row("lead_event", tenant, lead, "created", null, status, null, "system", made);
        // A qualified lead is claimed after a few hours to a few days, unless it is still young or nobody picked it.
        Instant claimAt = made.plusSeconds(1_800 + (long) (random.nextDouble() * random.nextDouble() * 5 * 86_400));
        if (scored.qualified() && claimAt.isBefore(now) && random.nextInt(10) < 8) {
            holder = pick(people.experts());
            row("lead_event", tenant, lead, "claimed", "qualified", "claimed", holder, "kc-" + holder, claimAt);
            status = "claimed";
            changed = claimAt;
            String[] path = {"contacted", "proposal"};
            for (String next : path) {
                Instant at = changed.plusSeconds(86_400 + random.nextInt(10 * 86_400));
                if (at.isAfter(now) || random.nextInt(10) < 2) {
                    break;
                }
                row("lead_event", tenant, lead, "status_changed", status, next, null, "kc-" + holder, at);
                status = next;
                changed = at;
            }
            Instant decided = changed.plusSeconds(86_400 + random.nextInt(20 * 86_400));
            if (!"claimed".equals(status) && decided.isBefore(now) && random.nextInt(10) < 7) {
                String end = random.nextInt(10) < ("proposal".equals(status) ? 5 : 2) ? "won" : "lost";
                row("lead_event", tenant, lead, "status_changed", status, end, null, "kc-" + holder, decided);
                status = end;
                changed = decided;
                lostReason = "lost".equals(end) ? "Chose another partner" : null;
            }
        }
        row(
                "lead",
                tenant,
                lead,
                interview,
                prospect,
                self ? "self" : "interview",
                status,
                scored.qualified(),
                scored.score(),
                holder,
                lostReason,
                changed,
                made,
                self ? "respondent" : "system",
                changed);
    }

    /** An interview assigned in the last months and not completed: assigned, running or cancelled. */
    private void openInterview(UUID tenant, UUID template, UUID prospect, People people)
            throws SQLException, IOException {
        UUID id = UUID.randomUUID();
        Instant assigned = now.minusSeconds((long) (random.nextDouble() * 120 * 86_400));
        UUID interviewer = pick(people.interviewers());
        int kind = random.nextInt(3);
        String status = kind == 0 ? "assigned" : kind == 1 ? "in_progress" : "cancelled";
        Instant startedAt = kind == 0 ? null : assigned.plusSeconds(3_600);
        row(
                "interview",
                tenant,
                id,
                template,
                prospect,
                interviewer,
                "assigned",
                status,
                null,
                startedAt,
                null,
                null,
                assigned,
                "admin",
                assigned);
        row("interview_event", tenant, id, "assigned", interviewer, "admin", assigned);
        if (kind == 2) {
            row("interview_event", tenant, id, "cancelled", interviewer, "admin", assigned.plusSeconds(7_200));
        }
    }

    /**
     * Answers to every question, leaning to {@code maturity} (0 = the lowest level, 3 = the highest): a choice takes
     * the option whose level is nearest to it give or take one, a checklist the items up to it.
     */
    private Map<String, Answer> answers(Template template, double maturity) {
        List<String> levels = template.scale().levels().stream().map(Level::key).toList();
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Question q : template.questionnaire().questions().toList()) {
            double lean = maturity + random.nextGaussian() * 0.8;
            List<Option> options = q.effectiveOptions(template.scale());
            Answer answer = switch (q.type()) {
                case YES_NO, SINGLE, SCALE ->
                    new Answer.Choice(nearest(options, levels, lean).key(), null);
                case MULTI ->
                    new Answer.Choices(
                            options.stream()
                                    .filter(o -> o.level() == null
                                            ? random.nextBoolean()
                                            : levels.indexOf(o.level()) <= lean)
                                    .map(Option::key)
                                    .toList(),
                            null);
                case NUMBER -> new Answer.Number(Math.max(0, Math.round(lean * 30 + random.nextGaussian() * 10)), null);
                case TEXT -> new Answer.Text("Notes from the interview", null);
            };
            answers.put(q.key(), answer);
        }
        return answers;
    }

    private Option nearest(List<Option> options, List<String> levels, double lean) {
        Option best = options.get(random.nextInt(options.size()));
        double distance = Double.MAX_VALUE;
        for (Option o : options) {
            if (o.level() != null && Math.abs(levels.indexOf(o.level()) - lean) < distance) {
                distance = Math.abs(levels.indexOf(o.level()) - lean);
                best = o;
            }
        }
        return best;
    }

    private UUID pick(List<UUID> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    // ---- COPY in CSV, a batch at a time ----

    private static final class Table {
        final String copySql;
        final StringBuilder rows = new StringBuilder(1 << 20);
        int count;

        Table(String name, String columns) {
            copySql = "COPY " + name + " (" + columns + ") FROM STDIN WITH (FORMAT csv)";
        }
    }

    private void table(String name, String columns) {
        tables.put(name, new Table(name, columns));
    }

    private void row(String table, Object... values) throws SQLException, IOException {
        Table t = tables.get(table);
        StringBuilder out = t.rows;
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = values[i];
            if (v == null) {
                continue;
            }
            String s = v.toString();
            if (v instanceof String) {
                out.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                out.append(s);
            }
        }
        out.append('\n');
        if (++t.count >= 5_000 || out.length() > (16 << 20)) {
            flush(t);
        }
    }

    private void flushAll() throws SQLException, IOException {
        for (Table t : tables.values()) {
            flush(t);
        }
    }

    private void flush(Table t) throws SQLException, IOException {
        if (t.count == 0) {
            return;
        }
        copy.copyIn(t.copySql, new StringReader(t.rows.toString()));
        t.rows.setLength(0);
        t.count = 0;
    }
}
