package org.orienta.operations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Row count and a SHA-256 over every row, in primary-key order, of each table: two databases with
 * equal checksums hold the same data. Used to prove a restore (the backup drill) and printed by the
 * restore command.
 */
public final class TableChecksums {

    public record Sum(long rows, String sha256) {}

    private TableChecksums() {}

    /** Tables of the PUBLIC schema, by name. A limit on a table compares only rows whose key is at most it. */
    public static Map<String, Sum> of(Connection connection) throws SQLException {
        return of(connection, Map.of());
    }

    static Map<String, Sum> of(Connection connection, Map<String, Long> maxIds) throws SQLException {
        var sums = new TreeMap<String, Sum>();
        for (var table : tables(connection)) {
            var key = primaryKey(connection, table);
            var limit = maxIds.get(table);
            var sql = "select * from \"" + table + "\""
                    + (limit == null ? "" : " where \"" + key.getFirst() + "\" <= " + limit)
                    + " order by "
                    + String.join(", ", key.stream().map(c -> "\"" + c + "\"").toList());
            try (var statement = connection.createStatement();
                    var rows = statement.executeQuery(sql)) {
                var digest = sha256();
                int columns = rows.getMetaData().getColumnCount();
                long count = 0;
                while (rows.next()) {
                    count++;
                    for (int c = 1; c <= columns; c++) {
                        var value = rows.getString(c);
                        digest.update((value == null ? "\u0000null" : value).getBytes(StandardCharsets.UTF_8));
                        digest.update((byte) 0x1f);
                    }
                    digest.update((byte) 0x1e);
                }
                sums.put(table, new Sum(count, HexFormat.of().formatHex(digest.digest())));
            }
        }
        return sums;
    }

    static List<String> tables(Connection connection) throws SQLException {
        var tables = new ArrayList<String>();
        try (var rows = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    private static List<String> primaryKey(Connection connection, String table) throws SQLException {
        var columns = new TreeMap<Integer, String>();
        try (var rows = connection.getMetaData().getPrimaryKeys(null, "PUBLIC", table)) {
            while (rows.next()) {
                columns.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME"));
            }
        }
        if (!columns.isEmpty()) {
            return List.copyOf(columns.values());
        }
        // No key: order by every column, which still gives one order for equal contents.
        var all = new ArrayList<String>();
        try (var rows = connection.getMetaData().getColumns(null, "PUBLIC", table, "%")) {
            while (rows.next()) {
                all.add(rows.getString("COLUMN_NAME"));
            }
        }
        return all;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
