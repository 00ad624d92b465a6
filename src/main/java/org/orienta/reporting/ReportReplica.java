package org.orienta.reporting;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An optional read replica for HR reports (ORIENTA_REPORTS_REPLICA_URL). Report queries that run in a
 * read-only transaction (every report does) read from it; everything else, including every other
 * read-only transaction, stays on the primary, so a trainee always reads their own last step even
 * while the replica lags a little. ADR 0017.
 */
@Component
class ReportReplica implements DisposableBean {

    private final @Nullable HikariDataSource replica;

    /** The replica's user and password are the primary's unless set. */
    @Autowired
    ReportReplica(ReportSettings settings, DataSourceProperties primary) {
        this(
                settings.replica().url(),
                orElse(settings.replica().username(), primary.determineUsername()),
                // The primary may have no password at all (an embedded H2 database).
                orElse(settings.replica().password(), primary.determinePassword()),
                settings.replica().poolSize());
    }

    ReportReplica(String url, @Nullable String username, @Nullable String password, int poolSize) {
        if (url.isBlank()) {
            replica = null;
            return;
        }
        var config = new HikariConfig();
        config.setPoolName("reports-replica");
        config.setJdbcUrl(url);
        config.setUsername(username);
        config.setPassword(password);
        config.setReadOnly(true);
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(5_000);
        replica = new HikariDataSource(config);
    }

    private static @Nullable String orElse(@Nullable String value, @Nullable String fallback) {
        return value != null ? value : fallback;
    }

    /** The data source report queries use: the replica inside read-only transactions when there is one. */
    DataSource route(DataSource primary) {
        return replica == null ? primary : new ReadOnlyToReplica(primary, replica);
    }

    boolean configured() {
        return replica != null;
    }

    @Override
    public void destroy() {
        if (replica != null) {
            replica.close();
        }
    }

    /**
     * Chooses per connection. Spring binds the connection to the report's transaction, so all queries of
     * one report read the same replica connection.
     */
    static final class ReadOnlyToReplica extends DelegatingDataSource {

        private final DataSource replica;

        ReadOnlyToReplica(DataSource primary, DataSource replica) {
            super(primary);
            this.replica = replica;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                    ? replica.getConnection()
                    : super.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                    ? replica.getConnection(username, password)
                    : super.getConnection(username, password);
        }
    }
}
