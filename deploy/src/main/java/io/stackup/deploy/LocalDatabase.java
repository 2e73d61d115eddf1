package io.stackup.deploy;

import java.nio.file.Path;

/**
 * Only the local stack's PostgreSQL, for {@code deploy/local/backup.sh}: the same data directory
 * ({@code $STACKUP_HOME/postgres}, default {@code .stackup/postgres}) and port ({@code STACKUP_DB_PORT}, default 15432)
 * as {@link LocalStack}. On an empty directory it creates Stackup's roles and empty databases, which a restore then
 * fills. Prints {@value #READY} once it accepts connections, and stops PostgreSQL when its standard input closes or on
 * {@code SIGTERM}.
 */
public final class LocalDatabase {

    /** The line printed once PostgreSQL accepts connections. */
    static final String READY = "STACKUP-DATABASE-READY";

    private LocalDatabase() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(LocalStack.env("STACKUP_HOME", ".stackup")).toAbsolutePath();
        int port = Integer.parseInt(LocalStack.env("STACKUP_DB_PORT", "15432"));
        EmbeddedDatabase database = EmbeddedDatabase.start(home.resolve("postgres"), port);
        Runtime.getRuntime().addShutdownHook(new Thread(database::close, "stop-local-database"));
        System.out.println(READY + " on port " + database.port() + ", data in " + home.resolve("postgres"));
        System.out.flush();
        while (System.in.read() != -1) {
            // runs until the caller closes our input or sends SIGTERM
        }
    }
}
