package org.orienta.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orienta.audit.AuditService;

/**
 * The backup drill (R2): an online backup taken while a trainee-like load commits, restored by the
 * restore command into a fresh database, holds exactly the rows the live database held at one instant:
 * equal row counts and checksums per table.
 */
class BackupDrillTest {

    @TempDir
    Path dir;

    private HikariDataSource live;
    private String liveUrl;
    private BackupWriter writer;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void liveDatabase() {
        liveUrl = "jdbc:h2:file:" + dir.resolve("live/orienta") + ";WRITE_DELAY=0";
        var config = new HikariConfig();
        config.setJdbcUrl(liveUrl);
        config.setUsername("sa");
        config.setMaximumPoolSize(4);
        live = new HikariDataSource(config);
        Flyway.configure()
                .dataSource(live)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        writer =
                new BackupWriter(live, liveUrl, dir.resolve("backups"), 3, mock(AuditService.class), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        live.close();
    }

    @Test
    void a_backup_taken_under_load_restores_into_a_fresh_database_as_the_live_one_was_at_one_instant()
            throws Exception {
        var load = new Load();
        var thread = Thread.ofPlatform().start(load);
        await().atMost(Duration.ofSeconds(30)).until(() -> load.committed.get() >= 300);

        var backup = writer.write("drill");
        long atBackup = load.committed.get();
        await().atMost(Duration.ofSeconds(30)).until(() -> load.committed.get() >= atBackup + 100);
        load.running.set(false);
        thread.join();

        var fresh = dir.resolve("fresh/orienta");
        assertThat(restore(backup, fresh)).as(err.toString()).isZero();
        try (var restored = open(fresh);
                var current = live.getConnection()) {
            var restoredSums = TableChecksums.of(restored);
            // One writer commits in order, so the backup's instant is "up to its last department".
            var upTo = new HashMap<String, Long>();
            upTo.put("DEPARTMENT", maxId(restored, "department"));
            upTo.put("AUDIT_ENTRY", maxId(restored, "audit_entry"));
            assertThat(restoredSums).isEqualTo(TableChecksums.of(current, upTo));
            // Each transaction wrote a department and an audit entry: none is restored half-done.
            assertThat(restoredSums.get("DEPARTMENT").rows())
                    .isEqualTo(restoredSums.get("AUDIT_ENTRY").rows())
                    .isGreaterThanOrEqualTo(300);
            // And it was under load: the live database went on past the backup.
            assertThat(TableChecksums.of(current).get("DEPARTMENT").rows())
                    .isGreaterThan(restoredSums.get("DEPARTMENT").rows());
        }
        assertThat(Flyway.configure()
                        .dataSource("jdbc:h2:file:" + fresh, "sa", "")
                        .locations("classpath:db/migration")
                        .load()
                        .validateWithResult()
                        .validationSuccessful)
                .isTrue();
    }

    @Test
    void a_backup_of_a_quiet_database_restores_every_table_with_equal_counts_and_checksums() throws Exception {
        var load = new Load();
        for (int i = 0; i < 50; i++) {
            load.commitOne();
        }
        var backup = writer.write("drill");
        var fresh = dir.resolve("fresh/orienta");

        assertThat(restore(backup, fresh)).as(err.toString()).isZero();

        try (var restored = open(fresh);
                var current = live.getConnection()) {
            var sums = TableChecksums.of(restored);
            assertThat(sums).hasSizeGreaterThan(20).isEqualTo(TableChecksums.of(current));
            assertThat(sums.get("DEPARTMENT").rows()).isEqualTo(50);
        }
        assertThat(out.toString()).contains("Restored " + backup.name(), "tables", "rows", "Start Orienta");
    }

    @Test
    void restoring_over_an_existing_database_keeps_the_replaced_one_beside_it() throws Exception {
        new Load().commitOne();
        var backup = writer.write("drill");
        var target = dir.resolve("target/orienta");
        try (var existing = DriverManager.getConnection("jdbc:h2:file:" + target, "sa", "")) {
            existing.createStatement().execute("create table scratch (id int)");
        }

        assertThat(restore(backup, target)).as(err.toString()).isZero();

        try (var files = Files.list(target.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("orienta.mv.db.before-restore-"));
        }
        try (var restored = open(target)) {
            assertThat(TableChecksums.tables(restored)).contains("DEPARTMENT").doesNotContain("SCRATCH");
        }
    }

    @Test
    void restore_refuses_while_orienta_has_the_database_open_and_changes_nothing() throws Exception {
        var backup = writer.write("drill");
        long before = Files.size(dir.resolve("live/orienta.mv.db"));

        int code = OperationsCommands.restore(
                dir.resolve("backups").resolve(backup.name()), liveUrl, "sa", "", print(out), print(err));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("still running on", "live/orienta.mv.db", "stop it");
        assertThat(Files.size(dir.resolve("live/orienta.mv.db"))).isEqualTo(before);
    }

    @Test
    void restoring_a_file_that_is_not_a_backup_says_so_and_keeps_the_database() throws Exception {
        var notABackup = Files.writeString(dir.resolve("notes.zip"), "just text");
        var target = dir.resolve("target/orienta");
        try (var existing = DriverManager.getConnection("jdbc:h2:file:" + target, "sa", "")) {
            existing.createStatement().execute("create table scratch (id int)");
        }

        int code = OperationsCommands.restore(notABackup, "jdbc:h2:file:" + target, "sa", "", print(out), print(err));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("notes.zip is not an Orienta backup");
        try (var kept = open(target)) {
            assertThat(TableChecksums.tables(kept)).contains("SCRATCH");
        }
    }

    @Test
    void only_the_newest_backups_are_kept_and_each_is_complete() throws Exception {
        for (int i = 0; i < 5; i++) {
            writer.write("drill");
        }

        var kept = writer.list();

        assertThat(kept).hasSize(3);
        assertThat(kept.getFirst().name()).isGreaterThan(kept.getLast().name());
        try (var files = Files.list(dir.resolve("backups"))) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".partial"));
        }
    }

    private int restore(BackupFile backup, Path database) throws IOException {
        return OperationsCommands.restore(
                dir.resolve("backups").resolve(backup.name()),
                "jdbc:h2:file:" + database,
                "sa",
                "",
                print(out),
                print(err));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static Connection open(Path database) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + database + ";IFEXISTS=TRUE", "sa", "");
    }

    private static long maxId(Connection connection, String table) throws SQLException {
        try (var rows = connection.createStatement().executeQuery("select max(id) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** One writer, like a trainee's steps: each transaction adds a department and an audit entry. */
    private final class Load implements Runnable {
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicLong committed = new AtomicLong();

        @Override
        public void run() {
            while (running.get()) {
                commitOne();
            }
        }

        void commitOne() {
            long n = committed.get() + 1;
            try (var connection = live.getConnection()) {
                connection.setAutoCommit(false);
                try (var department = connection.prepareStatement("insert into department (name) values (?)");
                        var entry = connection.prepareStatement("insert into audit_entry (occurred_at, actor, action, "
                                + "target, outcome, detail) values (?, 'drill', 'PERSON_CREATED', ?, 'SUCCESS', '')")) {
                    department.setString(1, "Department " + n);
                    department.executeUpdate();
                    entry.setTimestamp(1, Timestamp.from(Instant.now()));
                    entry.setString(2, "Department " + n);
                    entry.executeUpdate();
                }
                connection.commit();
                committed.set(n);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
