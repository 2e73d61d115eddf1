package io.stackup.core.persistence;

import io.stackup.core.tenancy.TenantContext;
import io.stackup.core.tenancy.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Hands the tenant of the running work to PostgreSQL right after BEGIN of every transaction, whoever opens it.
 *
 * <p>The setting is transaction-local ({@code set_config(..., true)}): it ends with the transaction, so a pooled
 * connection never carries one tenant into another's work. With no tenant bound, the setting is the empty string,
 * which row-level security reads as "no tenant" and which matches no tenant-owned row (docs/adr/0001-tenancy.md).
 */
class TenantAwareTransactionManager extends JdbcTransactionManager {

    TenantAwareTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        String tenant = TenantContext.currentTenant().map(TenantId::toString).orElse("");
        String user = TenantContext.currentUser().orElse("");
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT set_config('app.tenant_id', ?, true), set_config('app.user_id', ?, true)")) {
            statement.setString(1, tenant);
            statement.setString(2, user);
            statement.execute();
        }
    }
}
