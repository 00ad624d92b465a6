package org.orienta.catalogue;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.orienta.base.Fingerprint;

/**
 * The catalogue migration moves every item and version of the four per-kind table pairs into one pair of
 * tables without losing or changing any of them, and every attempt and piece of evidence still finds the
 * version it was made on. The database is populated at the schema version just before the catalogue, so
 * the test keeps working when migrations are added before or after it.
 */
class CatalogueMigrationTest {

    /** The per-kind table pairs the catalogue replaces. */
    record OldTables(String kind, String items, String versions, String itemColumn) {}

    static final List<OldTables> OLD = List.of(
            new OldTables("SCENARIO", "scenario", "scenario_version", "scenario_id"),
            new OldTables("EXERCISE", "exercise", "exercise_version", "exercise_id"),
            new OldTables("QUIZ", "quiz", "quiz_version", "quiz_id"),
            new OldTables("MODULE", "training_module", "training_module_version", "module_id"));

    private static final String ITEMS_BEFORE = OLD.stream()
            .map(t -> "select '%s', item_key, latest_version, published_version, archived, updated_at, version from %s"
                    .formatted(t.kind(), t.items()))
            .collect(joining(" union all "));

    private static final String VERSIONS_BEFORE = OLD.stream()
            .map(t -> ("select '%s', i.item_key, v.number, v.status, v.body, v.fingerprint, v.created_by, v.created_at,"
                            + " v.published_at from %s v join %s i on i.id = v.%s")
                    .formatted(t.kind(), t.versions(), t.items(), t.itemColumn()))
            .collect(joining(" union all "));

    private static final String ITEMS_AFTER =
            "select kind, item_key, latest_version, published_version, archived, updated_at, version from content_item";

    private static final String VERSIONS_AFTER = """
            select i.kind, i.item_key, v.number, v.status, v.body, v.fingerprint, v.created_by, v.created_at,
              v.published_at from content_version v join content_item i on i.id = v.item_id""";

    private static final String ATTEMPTS_WITHOUT_THEIR_VERSION = """
            select a.id from attempt a where not exists (
              select 1 from content_item i join content_version v on v.item_id = i.id
              where i.kind = a.item_kind and i.item_key = a.item_key and v.number = a.item_version)""";

    private static final String EVIDENCE_WITHOUT_ITS_VERSION = """
            select e.id from competency_evidence e where not exists (
              select 1 from content_item i join content_version v on v.item_id = i.id
              where i.kind = e.item_kind and i.item_key = e.item_key and v.number = e.item_version)""";

    @Test
    void every_item_version_and_attempt_reference_survives_the_move_on_h2() throws SQLException {
        String url = "jdbc:h2:mem:catalogue-move-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            movesEverything(connection, Flyway.configure().dataSource(url, "sa", ""));
            connection.createStatement().execute("SHUTDOWN");
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "ORIENTA_TEST_POSTGRES_URL", matches = ".+")
    void every_item_version_and_attempt_reference_survives_the_move_on_postgresql() throws SQLException {
        String url = System.getenv("ORIENTA_TEST_POSTGRES_URL");
        String user = System.getenv("ORIENTA_TEST_POSTGRES_USER");
        String password = System.getenv("ORIENTA_TEST_POSTGRES_PASSWORD");
        String schema = "catalogue_move_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.createStatement().execute("create schema " + schema);
            try {
                connection.setSchema(schema);
                movesEverything(
                        connection,
                        Flyway.configure().dataSource(url, user, password).schemas(schema));
            } finally {
                connection.setSchema("public");
                connection.createStatement().execute("drop schema " + schema + " cascade");
            }
        }
    }

    private static void movesEverything(Connection connection, FluentConfiguration config) throws SQLException {
        config.locations("classpath:db/migration");
        config.target(versionBeforeTheCatalogue(config)).load().migrate();
        populate(connection);
        var items = rows(connection, ITEMS_BEFORE);
        var versions = rows(connection, VERSIONS_BEFORE);
        var attempts = rows(connection, "select id, item_kind, item_key, item_version from attempt");
        var evidence =
                rows(connection, "select id, item_kind, item_key, item_version, attempt_id from competency_evidence");

        config.target(MigrationVersion.LATEST).load().migrate();

        assertThat(items).hasSize(7);
        assertThat(versions).hasSize(10);
        assertThat(rows(connection, ITEMS_AFTER)).containsExactlyInAnyOrderElementsOf(items);
        assertThat(rows(connection, VERSIONS_AFTER)).containsExactlyInAnyOrderElementsOf(versions);
        assertThat(rows(connection, "select id, item_kind, item_key, item_version from attempt"))
                .containsExactlyInAnyOrderElementsOf(attempts);
        assertThat(rows(
                        connection,
                        "select id, item_kind, item_key, item_version, attempt_id from competency_evidence"))
                .containsExactlyInAnyOrderElementsOf(evidence);
        assertThat(rows(connection, ATTEMPTS_WITHOUT_THEIR_VERSION)).isEmpty();
        assertThat(rows(connection, EVIDENCE_WITHOUT_ITS_VERSION)).isEmpty();
    }

    /** The newest migration before the one named "catalogue", whatever its number is after a rebase. */
    static MigrationVersion versionBeforeTheCatalogue(FluentConfiguration config) {
        MigrationInfo previous = null;
        for (MigrationInfo info : config.load().info().all()) {
            if (info.getDescription().equals("catalogue")) {
                return Objects.requireNonNull(previous, "the catalogue migration cannot be the first")
                        .getVersion();
            }
            previous = info;
        }
        throw new IllegalStateException("no migration named catalogue");
    }

    private static void populate(Connection connection) throws SQLException {
        var t = "timestamp with time zone '2026-03-0%d 09:1%d:00+00:00'";
        var sql = new ArrayList<String>();
        sql.add("insert into person (id, username, display_name, email, enabled, password_hash, must_change_password,"
                + " created_at) values (901, 'ann', 'Ann', 'ann@example.org', true, 'x', false, " + ts(t, 1, 0) + ")");
        // Item ids overlap across the four kinds on purpose: the catalogue must tell them apart by kind.
        item(sql, "scenario", 1, "rp-01", 2, 2, false, ts(t, 2, 0));
        item(sql, "scenario", 2, "rp-02", 1, 1, true, ts(t, 2, 1));
        item(sql, "scenario", 3, "rp-draft", 1, null, false, ts(t, 2, 2));
        item(sql, "exercise", 1, "rp-01", 1, 1, false, ts(t, 3, 0));
        item(sql, "quiz", 1, "qz-01", 3, 3, false, ts(t, 4, 0));
        item(sql, "training_module", 1, "basics", 1, 1, false, ts(t, 5, 0));
        item(sql, "training_module", 2, "retired", 1, 1, true, ts(t, 5, 1));
        version(
                sql,
                "scenario",
                "scenario_id",
                1,
                1,
                "PUBLISHED",
                "id: rp-01\ntitle: v1\n",
                "alice",
                ts(t, 2, 3),
                ts(t, 2, 3));
        version(
                sql,
                "scenario",
                "scenario_id",
                1,
                2,
                "PUBLISHED",
                "id: rp-01\ntitle: v2 – ü\n",
                "bob",
                ts(t, 2, 4),
                ts(t, 2, 5));
        version(sql, "scenario", "scenario_id", 2, 1, "PUBLISHED", "id: rp-02\n", "system", ts(t, 2, 6), ts(t, 2, 6));
        version(sql, "scenario", "scenario_id", 3, 1, "DRAFT", "id: rp-draft\n", "alice", ts(t, 2, 7), "null");
        version(
                sql,
                "exercise",
                "exercise_id",
                1,
                1,
                "PUBLISHED",
                "id: rp-01\ntype: classify\n",
                "system",
                ts(t, 3, 1),
                ts(t, 3, 1));
        version(sql, "quiz", "quiz_id", 1, 1, "PUBLISHED", "id: qz-01\n", "system", ts(t, 4, 1), ts(t, 4, 1));
        version(sql, "quiz", "quiz_id", 1, 2, "PUBLISHED", "id: qz-01\npass: 60\n", "system", ts(t, 4, 2), ts(t, 4, 2));
        version(sql, "quiz", "quiz_id", 1, 3, "PUBLISHED", "id: qz-01\npass: 70\n", "carol", ts(t, 4, 3), ts(t, 4, 4));
        version(
                sql,
                "training_module",
                "module_id",
                1,
                1,
                "PUBLISHED",
                "id: basics\n",
                "system",
                ts(t, 5, 2),
                ts(t, 5, 2));
        version(
                sql,
                "training_module",
                "module_id",
                2,
                1,
                "PUBLISHED",
                "id: retired\n",
                "system",
                ts(t, 5, 3),
                ts(t, 5, 3));
        attempt(sql, 801, "SCENARIO", "rp-01", 1, ts(t, 6, 0));
        attempt(sql, 802, "SCENARIO", "rp-01", 2, ts(t, 6, 1));
        attempt(sql, 803, "SCENARIO", "rp-02", 1, ts(t, 6, 2));
        attempt(sql, 804, "EXERCISE", "rp-01", 1, ts(t, 6, 3));
        attempt(sql, 805, "QUIZ", "qz-01", 2, ts(t, 6, 4));
        for (var statement : sql) {
            connection.createStatement().execute(statement);
        }
    }

    private static String ts(String template, int day, int minute) {
        return template.formatted(day, minute);
    }

    private static void item(
            List<String> sql,
            String table,
            long id,
            String key,
            int latest,
            Integer published,
            boolean archived,
            String updatedAt) {
        sql.add("insert into %s (id, item_key, latest_version, published_version, archived, updated_at, version)"
                        .formatted(table)
                + " values (%d, '%s', %d, %s, %s, %s, %d)"
                        .formatted(id, key, latest, published, archived, updatedAt, latest));
    }

    private static void version(
            List<String> sql,
            String table,
            String itemColumn,
            long itemId,
            int number,
            String status,
            String body,
            String createdBy,
            String createdAt,
            String publishedAt) {
        sql.add("insert into %s_version (%s, number, status, body, fingerprint, created_by, created_at, published_at)"
                        .formatted(table, itemColumn)
                + " values (%d, %d, '%s', '%s', '%s', '%s', %s, %s)"
                        .formatted(
                                itemId, number, status, body, Fingerprint.of(body), createdBy, createdAt, publishedAt));
    }

    private static void attempt(List<String> sql, long id, String kind, String key, int version, String at) {
        sql.add("insert into attempt (id, trainee_id, item_kind, item_key, item_version, mode, status, seed,"
                + " started_at, last_activity_at) values (%d, 901, '%s', '%s', %d, 'ASSESSED', 'COMPLETED', 7, %s, %s)"
                        .formatted(id, kind, key, version, at, at));
        sql.add("insert into attempt_step (id, attempt_id, step_no, kind, ref, answer, correct, created_at)"
                + " values (%d, %d, 1, 'CHOICE', 'n1', 'a', true, %s)".formatted(id, id, at));
        sql.add("insert into competency_evidence (id, trainee_id, competency, level, weight, item_kind, item_key,"
                + " item_version, ref, attempt_id, step_id, assessed, recorded_at)"
                + " values (%d, 901, 'COM-1', 2, 1.0, '%s', '%s', %d, 'n1', %d, %d, true, %s)"
                        .formatted(id, kind, key, version, id, id, at));
    }

    private static List<List<Object>> rows(Connection connection, String query) throws SQLException {
        var rows = new ArrayList<List<Object>>();
        try (var rs = connection.createStatement().executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                var row = new ArrayList<Object>();
                for (int c = 1; c <= columns; c++) {
                    Object value = rs.getObject(c);
                    // PostgreSQL answers a Timestamp, H2 an OffsetDateTime: compare instants.
                    row.add(value instanceof Timestamp timestamp ? timestamp.toInstant() : value);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
