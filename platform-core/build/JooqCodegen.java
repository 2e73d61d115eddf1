import io.stackup.deploy.EmbeddedDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import liquibase.Contexts;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.LambdaConverter;
import org.jooq.meta.jaxb.Target;

/**
 * Build step (ADR 0002): starts an embedded PostgreSQL, migrates it with the Liquibase changelog as the owner role,
 * and generates the jOOQ classes from what PostgreSQL then holds. Runs in the generate-sources phase of platform-core
 * through the JDK's source launcher; skipped while the changelog and this file are unchanged.
 *
 * <p>Arguments: the changelog folder, the output folder.
 *
 * <p>The generated columns carry the application's types ({@link #forcedTypes()}): repositories and queries bind and
 * read typed ids, enums, instants and JSON documents, and never wrap or unwrap them by hand.
 */
class JooqCodegen {

    static final String PACKAGE = "io.stackup.core.jooq";

    public static void main(String[] args) throws Exception {
        Path changelog = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Path stamp = output.resolve(".changelog-sha256");
        String hash = hash(
                changelog,
                changelog.resolve("../../../../../build/JooqCodegen.java").normalize());
        if (Files.exists(stamp) && Files.readString(stamp).equals(hash)) {
            System.out.println("[jooq-codegen] changelog unchanged, keeping " + output);
            return;
        }
        long started = System.nanoTime();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(null, 0)) {
            String url = db.jdbcUrl(EmbeddedDatabase.DATABASE);
            try (Connection connection = DriverManager.getConnection(
                    url, EmbeddedDatabase.OWNER_ROLE, EmbeddedDatabase.passwordOf(EmbeddedDatabase.OWNER_ROLE))) {
                var database =
                        DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
                try (var liquibase = new Liquibase(
                        "db.changelog-master.yaml", new DirectoryResourceAccessor(changelog.toFile()), database)) {
                    liquibase.setChangeLogParameter("app_role", EmbeddedDatabase.APP_ROLE);
                    liquibase.update(new Contexts());
                }
            }
            deleteRecursively(output);
            GenerationTool.generate(new Configuration()
                    .withJdbc(new org.jooq.meta.jaxb.Jdbc()
                            .withDriver("org.postgresql.Driver")
                            .withUrl(url)
                            .withUser(EmbeddedDatabase.OWNER_ROLE)
                            .withPassword(EmbeddedDatabase.passwordOf(EmbeddedDatabase.OWNER_ROLE)))
                    .withGenerator(new Generator()
                            .withDatabase(new Database()
                                    .withName("org.jooq.meta.postgres.PostgresDatabase")
                                    .withInputSchema("public")
                                    .withOutputSchemaToDefault(true)
                                    // tenant_member (changeset 0020) is read over plain JDBC by
                                    // TenantMemberRepository only; generated, it would be a table of its own
                                    .withExcludes("databasechangelog|databasechangeloglock|tenant_member")
                                    .withForcedTypes(forcedTypes()))
                            .withGenerate(new Generate()
                                    .withRecords(true)
                                    .withPojos(false)
                                    .withDaos(false)
                                    .withJavaTimeTypes(true)
                                    .withGeneratedAnnotation(false))
                            .withTarget(new Target().withPackageName(PACKAGE).withDirectory(output.toString()))));
        }
        Files.writeString(stamp, hash);
        System.out.printf("[jooq-codegen] generated in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    private static final String FEATURES = "io.stackup.core.";

    /**
     * The application types of the generated columns: every id column that has an id record (its own table's
     * {@code id} and every column referring to it), every text column that holds an enum, the JSON documents that have
     * a Java form, and {@code timestamptz} as {@link java.time.Instant}. Id and enum converters are the types' own
     * factory and accessor, so they live with the type; JSON goes through
     * {@code io.stackup.core.persistence.JsonbConverters} (Jackson).
     */
    static List<ForcedType> forcedTypes() {
        return List.of(
                id("tenancy.TenantId", "tenant"),
                id("template.TemplateId", "template"),
                id("prospect.ProspectId", "prospect"),
                id("interview.InterviewId", "interview"),
                id("assessment.PublicLinkId", "public_link", ".*\\.link_id"),
                id("lead.LeadId", "lead"),
                id("webhook.WebhookId", "webhook_endpoint", ".*\\.webhook_delivery\\.endpoint_id"),
                enumeration("tenancy.TenantStatus", "fromDb", "dbValue", "tenant\\.status"),
                enumeration("template.TemplateStatus", "fromJson", "json", "template\\.status"),
                enumeration("interview.InterviewStatus", "fromJson", "json", "interview\\.status"),
                enumeration("interview.InterviewSource", "fromJson", "json", "interview\\.source"),
                enumeration("interview.InterviewEventKind", "fromJson", "json", "interview_event\\.kind"),
                enumeration("lead.LeadStatus", "fromJson", "json", "lead\\.status"),
                enumeration("lead.LeadStatus", "fromJson", "json", "lead_event\\.(from|to)_status"),
                enumeration("lead.LeadSource", "fromJson", "json", "lead\\.source"),
                enumeration("lead.LeadEventKind", "fromJson", "json", "lead_event\\.kind"),
                jsonb(
                        FEATURES + "template.scoring.Result",
                        "of(" + FEATURES + "template.scoring.Result.class, " + FEATURES
                                + "template.scoring.ResultDocument::fromJson, " + FEATURES
                                + "template.scoring.ResultDocument::toJson)",
                        "interview\\.result"),
                jsonb("java.util.Map<java.lang.String, java.lang.String>", "stringMap()", "interview\\.targets"),
                jsonb("tools.jackson.databind.JsonNode", "tree()", "interview_answer\\.value"),
                jsonb("java.lang.String", "text()", "template\\.document"),
                jsonb("tools.jackson.databind.JsonNode", "tree()", "lead\\.(rules|area_gaps)"),
                new ForcedType()
                        .withName("INSTANT")
                        .withIncludeTypes("timestamp with time zone|timestamptz")
                        .withIncludeExpression(".*"));
    }

    /** {@code table.id} and every {@code table_id} column (plus {@code extra}), as the id record {@code type}. */
    private static ForcedType id(String type, String table, String... extra) {
        String columns = Stream.concat(Stream.of(".*\\." + table + "\\.id", ".*\\." + table + "_id"), Stream.of(extra))
                .collect(java.util.stream.Collectors.joining("|"));
        return new ForcedType()
                .withUserType(FEATURES + type)
                .withLambdaConverter(new LambdaConverter()
                        .withFrom(FEATURES + type + "::new")
                        .withTo(FEATURES + type + "::value")
                        .withNullable(true))
                .withIncludeTypes("uuid")
                .withIncludeExpression(columns);
    }

    private static ForcedType enumeration(String type, String from, String to, String column) {
        return new ForcedType()
                .withUserType(FEATURES + type)
                .withLambdaConverter(new LambdaConverter()
                        .withFrom(FEATURES + type + "::" + from)
                        .withTo(FEATURES + type + "::" + to)
                        .withNullable(true))
                .withIncludeTypes("text")
                .withIncludeExpression(".*\\." + column);
    }

    private static ForcedType jsonb(String type, String converter, String column) {
        return new ForcedType()
                .withUserType(type)
                .withConverter(FEATURES + "persistence.JsonbConverters." + converter)
                .withIncludeTypes("jsonb")
                .withIncludeExpression(".*\\." + column);
    }

    private static String hash(Path changelog, Path self) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(changelog)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            digest.update(changelog.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(file));
        }
        if (Files.exists(self)) {
            digest.update(Files.readAllBytes(self));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
