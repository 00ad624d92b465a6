package org.orienta;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A new installation must keep saving after the connection that ran the migrations is gone. H2 2.4.240
 * evaluated a CHECK constraint with the session that created it, so once the connection pool retired
 * the migrating connection (Hikari's maxLifetime, 30 minutes) every insert into a table with a CHECK
 * constraint failed with "Check constraint invalid ... The database has been closed".
 *
 * <p>The rows are built from the schema itself, so a table that gains a CHECK constraint in a later
 * migration is covered without changing this test.
 */
class H2ConstraintsAcrossConnectionsTest {

    private static final Pattern IN_LIST =
            Pattern.compile("\"(\\w+)\"\\s+IN\\s*\\(\\s*'([^']*)'", Pattern.CASE_INSENSITIVE);
    private static final Pattern BETWEEN =
            Pattern.compile("\"(\\w+)\"\\s+BETWEEN\\s+(-?\\d+)", Pattern.CASE_INSENSITIVE);

    @Test
    void every_table_with_a_check_constraint_accepts_rows_after_the_migrating_connection_closed() throws SQLException {
        String url = "jdbc:h2:mem:constraints-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();

        List<String> inserted = new ArrayList<>();
        try (Connection other = DriverManager.getConnection(url, "sa", "")) {
            other.setAutoCommit(false);
            // The rows only need to reach the CHECK constraints; foreign keys are beside the point here.
            other.createStatement().execute("SET REFERENTIAL_INTEGRITY FALSE");
            Map<String, Map<String, String>> tables = constrainedTables(other);
            assertThat(tables).as("tables with CHECK constraints").isNotEmpty();
            for (var table : tables.entrySet()) {
                insertRow(other, table.getKey(), table.getValue());
                inserted.add(table.getKey());
            }
            other.rollback();
        } finally {
            try (Connection last = DriverManager.getConnection(url, "sa", "")) {
                last.createStatement().execute("SHUTDOWN");
            }
        }
        assertThat(inserted).contains("ATTEMPT", "ATTEMPT_STEP", "PERSON_ROLE");
    }

    /** Table name to the values its CHECK constraints need, column by column. */
    private static Map<String, Map<String, String>> constrainedTables(Connection connection) throws SQLException {
        var tables = new LinkedHashMap<String, Map<String, String>>();
        var query = """
                select tc.table_name, cc.check_clause
                from information_schema.table_constraints tc
                join information_schema.check_constraints cc
                  on cc.constraint_schema = tc.constraint_schema and cc.constraint_name = tc.constraint_name
                where tc.constraint_type = 'CHECK' and tc.table_schema = 'PUBLIC'
                order by tc.table_name""";
        try (var rs = connection.createStatement().executeQuery(query)) {
            while (rs.next()) {
                var values = tables.computeIfAbsent(rs.getString(1), t -> new LinkedHashMap<>());
                String clause = rs.getString(2);
                var in = IN_LIST.matcher(clause);
                while (in.find()) {
                    values.put(in.group(1), "'" + in.group(2) + "'");
                }
                var between = BETWEEN.matcher(clause);
                while (between.find()) {
                    values.put(between.group(1), between.group(2));
                }
            }
        }
        return tables;
    }

    private static void insertRow(Connection connection, String table, Map<String, String> constrained)
            throws SQLException {
        var columns = new ArrayList<String>();
        var values = new ArrayList<String>();
        var query = """
                select column_name, data_type, is_nullable, column_default, is_identity, character_maximum_length
                from information_schema.columns
                where table_schema = 'PUBLIC' and table_name = ?
                order by ordinal_position""";
        try (var statement = connection.prepareStatement(query)) {
            statement.setString(1, table);
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    String column = rs.getString(1);
                    boolean needed =
                            "NO".equals(rs.getString(3)) && rs.getString(4) == null && !"YES".equals(rs.getString(5));
                    if (constrained.containsKey(column)) {
                        columns.add(column);
                        values.add(constrained.get(column));
                    } else if (needed) {
                        columns.add(column);
                        values.add(sampleValue(rs.getString(2), rs.getInt(6)));
                    }
                }
            }
        }
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", values) + ")";
        try {
            connection.createStatement().executeUpdate(sql);
        } catch (SQLException e) {
            throw new AssertionError("Insert into " + table + " failed on a second connection: " + e.getMessage(), e);
        }
    }

    /** @param maximumLength a text column's length (0 when it has none): a period column holds 7 characters */
    private static String sampleValue(String dataType, int maximumLength) {
        String type = dataType.toUpperCase();
        if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT")) {
            int length = maximumLength > 0 ? Math.min(8, maximumLength) : 8;
            return "'" + UUID.randomUUID().toString().substring(0, length) + "'";
        }
        if (type.contains("TIMESTAMP")) {
            return "CURRENT_TIMESTAMP";
        }
        if (type.equals("DATE")) {
            return "CURRENT_DATE";
        }
        if (type.contains("BOOLEAN")) {
            return "FALSE";
        }
        if (type.contains("UUID")) {
            return "RANDOM_UUID()";
        }
        if (type.contains("BINARY") || type.contains("BLOB")) {
            return "X'00'";
        }
        if (type.contains("JSON")) {
            return "JSON '{}'";
        }
        // integers, decimals, doubles
        return String.valueOf(Math.abs(UUID.randomUUID().hashCode() % 100000) + 1);
    }
}
