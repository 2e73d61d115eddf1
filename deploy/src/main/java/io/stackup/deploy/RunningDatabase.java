package io.stackup.deploy;

/** A PostgreSQL with Stackup's roles and databases: embedded binaries started here, or a container. */
public interface RunningDatabase extends AutoCloseable {

    /** The JDBC URL of one of its databases, e.g. {@value EmbeddedDatabase#DATABASE}. */
    String jdbcUrl(String database);

    @Override
    void close();
}
