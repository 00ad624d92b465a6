package org.orienta.operations;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** What the configured database is, as far as backups are concerned. */
public enum DatabaseKind {
    /** An embedded H2 file: Orienta backs it up itself. */
    H2_FILE,
    /** An in-memory H2 database (tests, trials): nothing to back up. */
    H2_MEMORY,
    /** PostgreSQL: backed up with pg_dump by the database's operators. */
    POSTGRESQL,
    OTHER;

    public static DatabaseKind of(String jdbcUrl) {
        var url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (url.startsWith("jdbc:h2:mem:")) {
            return H2_MEMORY;
        }
        return h2File(jdbcUrl).isPresent() ? H2_FILE : OTHER;
    }

    /**
     * The file an embedded H2 URL names, without H2's ".mv.db" suffix: {@code jdbc:h2:file:./data/orienta;...}
     * and {@code jdbc:h2:./data/orienta} give {@code ./data/orienta}. Server (tcp, ssl) URLs give nothing:
     * their files are on another machine.
     */
    public static Optional<Path> h2File(String jdbcUrl) {
        if (!jdbcUrl.regionMatches(true, 0, "jdbc:h2:", 0, 8)) {
            return Optional.empty();
        }
        var rest = jdbcUrl.substring(8);
        int options = rest.indexOf(';');
        if (options >= 0) {
            rest = rest.substring(0, options);
        }
        var lower = rest.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mem:")
                || lower.startsWith("tcp:")
                || lower.startsWith("ssl:")
                || lower.startsWith("zip:")) {
            return Optional.empty();
        }
        if (lower.startsWith("file:")) {
            rest = rest.substring(5);
        }
        if (rest.startsWith("~")) {
            rest = System.getProperty("user.home") + rest.substring(1);
        }
        return rest.isBlank() ? Optional.empty() : Optional.of(Path.of(rest));
    }
}
