package io.stackup.deploy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The PostgreSQL of a test run: started on first use, shared by every test class in the JVM, stopped when the JVM
 * exits. Its data lives in a temporary folder.
 */
public final class SharedPostgres {

    private static EmbeddedDatabase instance;

    private SharedPostgres() {}

    public static synchronized EmbeddedDatabase get() {
        if (instance == null) {
            EmbeddedDatabase database = EmbeddedDatabase.start(null, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(database::close, "stop-test-postgres"));
            instance = database;
        }
        return instance;
    }

    /**
     * Spring properties that point the application at this database: it connects as the application role, and
     * Liquibase migrates as the owner role.
     */
    public static Map<String, String> springProperties() {
        EmbeddedDatabase database = get();
        return springProperties(database);
    }

    static Map<String, String> springProperties(EmbeddedDatabase database) {
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
