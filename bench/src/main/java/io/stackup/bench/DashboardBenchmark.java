package io.stackup.bench;

import io.stackup.core.dashboard.Heatmap;
import io.stackup.core.dashboard.Period;
import io.stackup.core.dashboard.query.DashboardQueries;
import io.stackup.core.tenancy.TenantId;
import io.stackup.deploy.EmbeddedDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import liquibase.Contexts;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

/**
 * How long each of the Overview's statements ({@link DashboardQueries}, the application's own class, on a plain
 * {@link DSLContext}) takes on a tenant of {@value DashboardSeed#BIG_INTERVIEWS} completed interviews among
 * {@value DashboardSeed#SMALL_TENANTS} small tenants, with row-level security and without.
 *
 * <p>Self-contained: starts an embedded PostgreSQL ({@link EmbeddedDatabase}, the local stack's server and roles),
 * migrates it with platform-core's Liquibase changelog as the owner, and seeds it ({@link DashboardSeed}) unless the
 * kept data directory ({@code -Ddata=DIR}) already holds the seed. Then, for each statement over the default period
 * (the last 90 days) and over the whole two years, it runs warm-ups and N timed runs in two ways, alternating: as
 * {@code stackup_app} in a transaction that sets {@code app.tenant_id} first, as {@code TenantAwareTransactionManager}
 * does (row-level security applies: the policies' {@code tenant_id = stackup_current_tenant()} is added to every
 * table), and as the superuser {@code postgres} (row-level security is forced on the owner too, so only a superuser
 * reads without it), the same SQL. Only the statement is timed, not the {@code set_config}. Prints p50 and p95 (nearest
 * rank) of each and their ratio; {@code -Dexplain=true} also prints each statement's plan under both. Asserts nothing.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar io.stackup.bench.DashboardBenchmark [runs=200]}
 */
public final class DashboardBenchmark {

    private static final int WARMUP = 20;

    private DashboardBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        String data = System.getProperty("data");
        boolean explain = Boolean.getBoolean("explain");
        long started = System.nanoTime();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data == null ? null : Path.of(data), 0)) {
            String url = db.jdbcUrl(EmbeddedDatabase.DATABASE);
            migrate(url);
            System.out.printf("PostgreSQL up and migrated in %.1f s%n", (System.nanoTime() - started) / 1e9);
            try (Connection superuser = DriverManager.getConnection(url, "postgres", "postgres");
                    Connection app = DriverManager.getConnection(
                            url, EmbeddedDatabase.APP_ROLE, EmbeddedDatabase.passwordOf(EmbeddedDatabase.APP_ROLE))) {
                UUID big = bigTenant(superuser);
                if (big == null) {
                    big = DashboardSeed.seed(superuser);
                }
                UUID small = smallTenant(superuser);
                vacuum(superuser);
                printSizes(superuser);
                LocalDate today = LocalDate.now(ZoneOffset.UTC);
                Period recent = Period.lastDays(Period.DEFAULT_DAYS, today);
                Period all = Period.lastDays(731, today);
                measure(app, superuser, new TenantId(big), recent, "big tenant, last 90 days", runs, explain);
                if (!Boolean.getBoolean("recentOnly")) {
                    measure(app, superuser, new TenantId(big), all, "big tenant, two years", runs, explain);
                    measure(app, superuser, new TenantId(small), all, "a small tenant, two years", runs, false);
                }
            }
        }
    }

    /**
     * Sets the visibility map and the statistics as autovacuum keeps them on a live server: a kept seed may just have
     * been migrated by a changeset that rewrote a table, and index-only scans would read the table until then.
     */
    private static void vacuum(Connection superuser) throws Exception {
        long started = System.nanoTime();
        try (Statement s = superuser.createStatement()) {
            s.execute("VACUUM ANALYZE");
        }
        System.out.printf("VACUUM ANALYZE in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    private static void migrate(String url) throws Exception {
        try (Connection owner = DriverManager.getConnection(
                url, EmbeddedDatabase.OWNER_ROLE, EmbeddedDatabase.passwordOf(EmbeddedDatabase.OWNER_ROLE))) {
            var database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(owner));
            try (var liquibase = new Liquibase(
                    "db/changelog/db.changelog-master.yaml", new ClassLoaderResourceAccessor(), database)) {
                liquibase.setChangeLogParameter("app_role", EmbeddedDatabase.APP_ROLE);
                liquibase.update(new Contexts());
            }
        }
    }

    private static UUID bigTenant(Connection superuser) throws Exception {
        try (Statement s = superuser.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM tenant WHERE slug = 'bench-big'")) {
            return rs.next() ? rs.getObject(1, UUID.class) : null;
        }
    }

    private static UUID smallTenant(Connection superuser) throws Exception {
        try (Statement s = superuser.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM tenant WHERE slug = 'bench-small-500'")) {
            rs.next();
            return rs.getObject(1, UUID.class);
        }
    }

    private static void printSizes(Connection superuser) throws Exception {
        try (Statement s = superuser.createStatement();
                ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM tenant), (SELECT count(*) FROM interview),"
                        + " (SELECT count(*) FROM interview_event), (SELECT count(*) FROM lead),"
                        + " (SELECT count(*) FROM lead_event), pg_size_pretty(pg_database_size(current_database())),"
                        + " (SELECT avg(pg_column_size(result)) FROM interview WHERE result IS NOT NULL),"
                        + " (SELECT avg(pg_column_size(result_levels)) FROM interview WHERE result IS NOT NULL)")) {
            rs.next();
            System.out.printf(
                    "tenants %,d; interviews %,d; interview events %,d; leads %,d; lead events %,d; database %s;"
                            + " stored result %.0f bytes, result_levels %.0f bytes on average%n",
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getLong(3),
                    rs.getLong(4),
                    rs.getLong(5),
                    rs.getString(6),
                    rs.getDouble(7),
                    rs.getDouble(8));
        }
    }

    /** One of the Overview's statements, run through the application's class. */
    private interface Widget {
        Object run(DashboardQueries queries, TenantId tenant, Period period);
    }

    private static void measure(
            Connection app,
            Connection superuser,
            TenantId tenant,
            Period period,
            String title,
            int runs,
            boolean explain)
            throws Exception {
        List<String> appSql = new ArrayList<>();
        List<String> suSql = new ArrayList<>();
        DashboardQueries withRls = new DashboardQueries(dsl(app, appSql));
        DashboardQueries without = new DashboardQueries(dsl(superuser, suSql));
        Heatmap heatmap = inTenant(app, tenant, () -> {
            DashboardQueries q = withRls;
            return q.labels(tenant, q.heatmapCells(tenant, period));
        });
        Heatmap.Cell biggest = heatmap.cells().stream()
                .max((a, b) -> Long.compare(a.prospects(), b.prospects()))
                .orElse(new Heatmap.Cell("identity-access", "basic", 0));
        Map<String, Widget> widgets = new LinkedHashMap<>();
        widgets.put("funnel", DashboardQueries::funnel);
        widgets.put("heatmap cells", DashboardQueries::heatmapCells);
        widgets.put("heatmap labels", (q, t, p) -> q.labels(t, List.of()));
        widgets.put("cell's prospects", (q, t, p) -> q.heatmapProspects(t, p, biggest.area(), biggest.level()));
        widgets.put("interviewers", DashboardQueries::interviewers);
        widgets.put("experts", DashboardQueries::experts);
        widgets.put("leads by source", DashboardQueries::sources);
        System.out.printf(
                "%n%s (%s to %s), %d runs each after %d warm-ups; ms%n",
                title, period.from(), period.to(), runs, WARMUP);
        System.out.printf(
                "%-18s %9s %9s   %9s %9s   %7s %7s%n",
                "statement", "RLS p50", "RLS p95", "none p50", "none p95", "p50 x", "p95 x");
        for (Map.Entry<String, Widget> w : widgets.entrySet()) {
            long[] rls = new long[runs];
            long[] none = new long[runs];
            for (int i = 0; i < WARMUP; i++) {
                time(app, tenant, withRls, w.getValue(), period);
                time(superuser, tenant, without, w.getValue(), period);
            }
            for (int i = 0; i < runs; i++) {
                if (i % 2 == 0) {
                    rls[i] = time(app, tenant, withRls, w.getValue(), period);
                    none[i] = time(superuser, tenant, without, w.getValue(), period);
                } else {
                    none[i] = time(superuser, tenant, without, w.getValue(), period);
                    rls[i] = time(app, tenant, withRls, w.getValue(), period);
                }
            }
            double r50 = percentile(rls, 50), r95 = percentile(rls, 95);
            double n50 = percentile(none, 50), n95 = percentile(none, 95);
            System.out.printf(
                    Locale.ROOT,
                    "%-18s %9.2f %9.2f   %9.2f %9.2f   %7.2f %7.2f%n",
                    w.getKey(),
                    r50,
                    r95,
                    n50,
                    n95,
                    r50 / n50,
                    r95 / n95);
            if (explain) {
                appSql.clear();
                suSql.clear();
                time(app, tenant, withRls, w.getValue(), period);
                time(superuser, tenant, without, w.getValue(), period);
                explain(app, tenant, appSql, "with RLS");
                explain(superuser, tenant, suSql, "without RLS");
            }
        }
    }

    private static DSLContext dsl(Connection connection, List<String> log) {
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(connection);
        configuration.set(SQLDialect.POSTGRES);
        configuration.set(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                if (ctx.query() != null) {
                    log.add(ctx.query().getSQL(ParamType.INLINED));
                }
            }
        });
        return DSL.using(configuration);
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    /** Runs the work in a transaction bound to the tenant, as the application's transaction manager does. */
    private static <T> T inTenant(Connection connection, TenantId tenant, Work<T> work) throws Exception {
        connection.setAutoCommit(false);
        try {
            try (PreparedStatement bind = connection.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
                bind.setString(1, tenant.toString());
                bind.execute();
            }
            return work.run();
        } finally {
            connection.commit();
            connection.setAutoCommit(true);
        }
    }

    /** Nanoseconds of the statement alone, in a tenant-bound transaction. */
    private static long time(
            Connection connection, TenantId tenant, DashboardQueries queries, Widget widget, Period period)
            throws Exception {
        return inTenant(connection, tenant, () -> {
            long t0 = System.nanoTime();
            widget.run(queries, tenant, period);
            return System.nanoTime() - t0;
        });
    }

    private static void explain(Connection connection, TenantId tenant, List<String> sql, String title)
            throws Exception {
        for (String statement : sql) {
            inTenant(connection, tenant, () -> {
                System.out.println("  -- " + title + ": " + statement);
                try (Statement s = connection.createStatement();
                        ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + statement)) {
                    while (rs.next()) {
                        System.out.println("  " + rs.getString(1));
                    }
                }
                return null;
            });
        }
    }

    /** Nearest rank, in milliseconds. */
    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
