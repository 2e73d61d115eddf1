package io.stackup.bench;

import io.stackup.deploy.EmbeddedDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import liquibase.Contexts;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * The cost of the per-request membership check (docs/adr/0014-roles-per-tenant.md): what {@code UiTenantFilter} and
 * {@code ApiTenantFilter} add to every request with a tenant, i.e. {@code MemberService.current()}, a read-only
 * transaction that sets {@code app.tenant_id} (as {@code TenantAwareTransactionManager} does) and reads the member by
 * its unique key {@code (tenant_id, keycloak_user_id)}, under row-level security as {@code stackup_app}.
 *
 * <p>Self-contained: starts an embedded PostgreSQL ({@link EmbeddedDatabase}), migrates it with platform-core's
 * changelog and seeds {@code tenants} tenants of {@code members} members each (default 200 × 500 = 100,000 rows). Then
 * it times, on one warm connection, N checks of random members (the whole transaction: BEGIN, set_config, SELECT,
 * COMMIT, as a request pays it) and N bare SELECTs in an open transaction, and prints p50 and p95 (nearest rank) and
 * the plan of the SELECT. A pooled connection costs the same as here once the pool is warm. Asserts nothing.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar io.stackup.bench.MembershipCheckBenchmark [runs=5000] [tenants=200]
 * [members=500]}
 */
public final class MembershipCheckBenchmark {

    private static final String SELECT = "SELECT id, tenant_id, keycloak_user_id, email, display_name, roles, active,"
            + " last_login_at FROM member WHERE tenant_id = ? AND keycloak_user_id = ?";

    private MembershipCheckBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int tenants = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int members = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        long started = System.nanoTime();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(null, 0)) {
            String url = db.jdbcUrl(EmbeddedDatabase.DATABASE);
            migrate(url);
            try (Connection superuser = DriverManager.getConnection(url, "postgres", "postgres");
                    Connection app = DriverManager.getConnection(
                            url, EmbeddedDatabase.APP_ROLE, EmbeddedDatabase.passwordOf(EmbeddedDatabase.APP_ROLE))) {
                UUID[] tenantIds = seed(superuser, tenants, members);
                System.out.printf(
                        "PostgreSQL up, migrated and seeded (%,d tenants x %,d members) in %.1f s%n",
                        tenants, members, (System.nanoTime() - started) / 1e9);
                explain(app, tenantIds[0]);
                java.util.Random random = new java.util.Random(42);
                long[] check = new long[runs];
                long[] select = new long[runs];
                for (int i = 0; i < runs / 5; i++) {
                    check(app, tenantIds[random.nextInt(tenants)], "user-" + random.nextInt(members));
                }
                for (int i = 0; i < runs; i++) {
                    UUID tenant = tenantIds[random.nextInt(tenants)];
                    String user = "user-" + random.nextInt(members);
                    check[i] = check(app, tenant, user);
                    select[i] = selectOnly(app, tenant, user);
                }
                System.out.printf(
                        Locale.ROOT,
                        "%nmembership check, %,d runs on %,d member rows; ms%n%-44s %8s %8s%n",
                        runs,
                        (long) tenants * members,
                        "",
                        "p50",
                        "p95");
                print("check (BEGIN, set_config, SELECT, COMMIT)", check);
                print("SELECT by (tenant_id, keycloak_user_id)", select);
            }
        }
    }

    private static void print(String title, long[] nanos) {
        System.out.printf(Locale.ROOT, "%-44s %8.3f %8.3f%n", title, percentile(nanos, 50), percentile(nanos, 95));
    }

    /** The whole check as a request pays it: a transaction of its own, the tenant set, one read. */
    private static long check(Connection app, UUID tenant, String user) throws Exception {
        long start = System.nanoTime();
        app.setAutoCommit(false);
        app.setReadOnly(true);
        try (PreparedStatement set = app.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
            set.setString(1, tenant.toString());
            set.execute();
        }
        read(app, tenant, user);
        app.commit();
        app.setReadOnly(false);
        app.setAutoCommit(true);
        return System.nanoTime() - start;
    }

    /** The SELECT alone, in a transaction with the tenant already set. */
    private static long selectOnly(Connection app, UUID tenant, String user) throws Exception {
        app.setAutoCommit(false);
        try (PreparedStatement set = app.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
            set.setString(1, tenant.toString());
            set.execute();
        }
        long start = System.nanoTime();
        read(app, tenant, user);
        long took = System.nanoTime() - start;
        app.commit();
        app.setAutoCommit(true);
        return took;
    }

    private static void read(Connection app, UUID tenant, String user) throws Exception {
        try (PreparedStatement read = app.prepareStatement(SELECT)) {
            read.setObject(1, tenant);
            read.setString(2, user);
            try (ResultSet rs = read.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no member " + user + " in " + tenant);
                }
            }
        }
    }

    private static void explain(Connection app, UUID tenant) throws Exception {
        app.setAutoCommit(false);
        try (Statement s = app.createStatement()) {
            s.execute("SELECT set_config('app.tenant_id', '" + tenant + "', true)");
            try (ResultSet rs = s.executeQuery("EXPLAIN ANALYZE "
                    + SELECT.replaceFirst("\\?", "'" + tenant + "'").replaceFirst("\\?", "'user-7'"))) {
                System.out.println("plan:");
                while (rs.next()) {
                    System.out.println("  " + rs.getString(1));
                }
            }
        }
        app.commit();
        app.setAutoCommit(true);
    }

    private static UUID[] seed(Connection superuser, int tenants, int members) throws Exception {
        UUID[] ids = new UUID[tenants];
        superuser.setAutoCommit(false);
        try (PreparedStatement tenant = superuser.prepareStatement(
                        "INSERT INTO tenant (slug, name, keycloak_org_id) VALUES (?, ?, ?) RETURNING id");
                PreparedStatement member = superuser.prepareStatement(
                        "INSERT INTO member (tenant_id, keycloak_user_id, email, display_name, roles)"
                                + " SELECT ?, 'user-' || n, 'user-' || n || '@bench.test', 'User ' || n,"
                                + " ARRAY['interviewer'] FROM generate_series(0, ? - 1) AS n")) {
            for (int t = 0; t < tenants; t++) {
                tenant.setString(1, "bench-members-" + t);
                tenant.setString(2, "Bench " + t);
                tenant.setString(3, "org-bench-" + t);
                try (ResultSet rs = tenant.executeQuery()) {
                    rs.next();
                    ids[t] = rs.getObject(1, UUID.class);
                }
                member.setObject(1, ids[t]);
                member.setInt(2, members);
                member.execute();
            }
        }
        superuser.commit();
        superuser.setAutoCommit(true);
        try (Statement s = superuser.createStatement()) {
            s.execute("ANALYZE member");
        }
        return ids;
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

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
