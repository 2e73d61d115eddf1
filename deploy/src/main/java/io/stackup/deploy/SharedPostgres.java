package io.stackup.deploy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The PostgreSQL of a test run: started on first use, shared by every test class in the JVM, stopped when the JVM
 * exits. Its data lives in a temporary folder (or a container, see {@link TestServices}).
 */
public final class SharedPostgres {

    private static @Nullable RunningDatabase instance;

    private SharedPostgres() {}

    /** Started on first use: embedded, or a container where {@link TestServices#useContainers()} says so. */
    public static synchronized RunningDatabase get() {
        RunningDatabase database = instance;
        if (database == null) {
            database =
                    TestServices.useContainers() ? TestServices.containerDatabase() : EmbeddedDatabase.start(null, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(database::close, "stop-test-postgres"));
            instance = database;
        }
        return database;
    }

    /**
     * Spring properties that point the application at this database: it connects as the application role, and
     * Liquibase migrates as the owner role.
     */
    public static Map<String, String> springProperties() {
        return springProperties(get());
    }

    static Map<String, String> springProperties(RunningDatabase database) {
        Map<String, String> properties = new LinkedHashMap<>();
        String url = database.jdbcUrl(EmbeddedDatabase.DATABASE);
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", EmbeddedDatabase.APP_ROLE);
        properties.put("spring.datasource.password", EmbeddedDatabase.passwordOf(EmbeddedDatabase.APP_ROLE));
        properties.put("spring.liquibase.url", url);
        properties.put("spring.liquibase.user", EmbeddedDatabase.OWNER_ROLE);
        properties.put("spring.liquibase.password", EmbeddedDatabase.passwordOf(EmbeddedDatabase.OWNER_ROLE));
        properties.put("spring.liquibase.parameters.app_role", EmbeddedDatabase.APP_ROLE);
        return properties;
    }
}
