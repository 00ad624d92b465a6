package org.orienta.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** With a replica configured, report queries in read-only transactions read it; all else the primary. */
class ReportReplicaTest {

    private final SimpleDriverDataSource primary = h2("primary");
    private ReportReplica replica;

    @BeforeEach
    void two_databases_that_say_who_they_are() {
        for (var name : new String[] {"primary", "replica"}) {
            var jdbc = JdbcClient.create(h2(name));
            jdbc.sql("create table if not exists whoami (name varchar(10))").update();
            jdbc.sql("delete from whoami").update();
            jdbc.sql("insert into whoami values ('" + name + "')").update();
        }
        replica = new ReportReplica("jdbc:h2:mem:replica;DB_CLOSE_DELAY=-1", "sa", "", 2);
    }

    @AfterEach
    void close() {
        replica.destroy();
    }

    @Test
    void a_read_only_transaction_reads_the_replica_and_a_writing_one_the_primary() {
        var reports = JdbcClient.create(replica.route(primary));
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(primary));

        transactions.setReadOnly(true);
        var inReport = transactions.execute(
                s -> reports.sql("select name from whoami").query(String.class).single());
        transactions.setReadOnly(false);
        var inWrite = transactions.execute(
                s -> reports.sql("select name from whoami").query(String.class).single());
        var outside = reports.sql("select name from whoami").query(String.class).single();

        assertThat(inReport).isEqualTo("replica");
        assertThat(inWrite).isEqualTo("primary");
        assertThat(outside).isEqualTo("primary");
    }

    @Test
    void without_a_replica_reports_read_the_primary() {
        var none = new ReportReplica("", "sa", "", 2);

        assertThat(none.configured()).isFalse();
        assertThat(none.route(primary)).isSameAs(primary);
    }

    private static SimpleDriverDataSource h2(String name) {
        return new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Test
    void a_primary_database_without_a_password_starts_without_a_replica_as_the_production_jar_does() {
        var primary = new org.springframework.boot.jdbc.autoconfigure.DataSourceProperties();
        primary.setUrl("jdbc:h2:file:./data/orienta");
        var settings = new ReportSettings(true, new ReportSettings.Replica("", null, null, 4));

        var none = new ReportReplica(settings, primary);

        org.assertj.core.api.Assertions.assertThat(none.configured()).isFalse();
        none.destroy();
    }
}
