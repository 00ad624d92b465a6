package org.orienta.operations;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.zip.ZipFile;

/**
 * {@code java -jar orienta.jar backup} asks the running Orienta for an online backup;
 * {@code java -jar orienta.jar restore <file>} puts a backup in place of the database while Orienta is
 * stopped. Both read the same settings as the server (ORIENTA_DB_URL, ORIENTA_BACKUP_DIR, SERVER_PORT or PORT).
 */
public final class OperationsCommands {

    static final String DEFAULT_URL = "jdbc:h2:file:./data/orienta;WRITE_DELAY=0";
    /** H2's error code for a database file another process has open. */
    private static final int DATABASE_ALREADY_OPEN = 90020;

    private OperationsCommands() {}

    public static boolean handles(String command) {
        return command.equals("backup") || command.equals("restore");
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return args[0].equals("backup") ? backup(args, out, err) : restore(args, out, err);
        } catch (IOException e) {
            err.println(args[0] + " failed: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println(args[0] + " was interrupted");
            return 1;
        }
    }

    static int backup(String[] args, PrintStream out, PrintStream err) throws IOException, InterruptedException {
        var server = option(args, "--server", "http://localhost:" + env("SERVER_PORT", env("PORT", "8080")));
        var directory = Path.of(option(args, "--directory", env("ORIENTA_BACKUP_DIR", "./data/backups")));
        var tokenFile = OperatorToken.file(directory).toAbsolutePath().normalize();
        if (!Files.isReadable(tokenFile)) {
            err.println("No operator token at " + tokenFile + ". Run this on the machine and in the directory "
                    + "Orienta runs in (or pass --directory <backup directory>), with an H2 file database. "
                    + "For PostgreSQL use pg_dump (docs/deployment.md).");
            return 1;
        }
        var token = Files.readString(tokenFile, StandardCharsets.US_ASCII).strip();
        var request = HttpRequest.newBuilder(URI.create(server + OperatorBackupEndpoint.PATH))
                .header(OperatorToken.HEADER, token)
                .timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        try (var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            (response.statusCode() == 200 ? out : err).print(response.body());
            return response.statusCode() == 200 ? 0 : 1;
        } catch (ConnectException e) {
            err.println("Orienta is not answering at " + server + ": start it, or pass --server <address>. "
                    + "While it is stopped, copy " + directory.getParent() + " instead.");
            return 1;
        }
    }

    static int restore(String[] args, PrintStream out, PrintStream err) throws IOException {
        if (args.length < 2 || args[1].startsWith("--")) {
            err.println("Usage: java -jar orienta.jar restore <backup.zip>   (with Orienta stopped)");
            return 2;
        }
        return restore(
                Path.of(args[1]),
                env("ORIENTA_DB_URL", DEFAULT_URL),
                env("ORIENTA_DB_USER", "sa"),
                env("ORIENTA_DB_PASSWORD", ""),
                out,
                err);
    }

    static int restore(Path file, String url, String user, String password, PrintStream out, PrintStream err)
            throws IOException {
        var backup = file.toAbsolutePath().normalize();
        if (DatabaseKind.of(url) == DatabaseKind.POSTGRESQL) {
            err.println("ORIENTA_DB_URL is PostgreSQL: restore with pg_restore (docs/deployment.md, Backups)");
            return 1;
        }
        var database = DatabaseKind.h2File(url).orElse(null);
        if (database == null) {
            err.println("ORIENTA_DB_URL (" + url + ") is not an H2 file: there is nowhere to restore to");
            return 1;
        }
        if (!Files.isRegularFile(backup)) {
            err.println("No backup file at " + backup);
            return 1;
        }
        String entry = storeIn(backup);
        if (entry == null) {
            err.println(backup + " is not an Orienta backup: it holds no H2 database file (*.mv.db)");
            return 1;
        }
        var databaseFile = Path.of(database + ".mv.db").toAbsolutePath().normalize();
        Path aside = null;
        if (Files.exists(databaseFile)) {
            if (inUse(databaseFile)) {
                err.println("Orienta is still running on " + databaseFile + ": stop it, then restore.");
                return 1;
            }
            aside = databaseFile.resolveSibling(databaseFile.getFileName() + ".before-restore-"
                    + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                            .withZone(ZoneOffset.UTC)
                            .format(Instant.now()));
            Files.move(databaseFile, aside);
        }
        try {
            Files.createDirectories(databaseFile.getParent());
            var partial = databaseFile.resolveSibling("." + databaseFile.getFileName() + ".restoring");
            try (var zip = new ZipFile(backup.toFile());
                    var in = zip.getInputStream(zip.getEntry(entry))) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(partial, databaseFile, StandardCopyOption.ATOMIC_MOVE);
            org.orienta.base.OwnerOnly.file(databaseFile);
            try (var connection =
                    DriverManager.getConnection("jdbc:h2:file:" + database + ";IFEXISTS=TRUE", user, password)) {
                var sums = TableChecksums.of(connection);
                long rows = sums.values().stream()
                        .mapToLong(TableChecksums.Sum::rows)
                        .sum();
                out.printf(
                        "Restored %s into %s: %d tables, %,d rows.%n",
                        backup.getFileName(), databaseFile, sums.size(), rows);
            }
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(databaseFile);
            if (aside != null) {
                Files.move(aside, databaseFile);
            }
            err.println("The restore failed and the database is as it was: " + e.getMessage());
            return 1;
        }
        if (aside != null) {
            out.println("The database it replaced is kept as " + aside + " (delete it when satisfied).");
        }
        out.println("Start Orienta as usual; its migrations bring an older backup up to date.");
        return 0;
    }

    /** The name of the one database store in the zip H2's BACKUP wrote, or null. */
    private static String storeIn(Path backup) throws IOException {
        try (var zip = new ZipFile(backup.toFile())) {
            var stores = new ArrayList<String>();
            zip.stream().filter(e -> e.getName().endsWith(".mv.db")).forEach(e -> stores.add(e.getName()));
            return stores.size() == 1 ? stores.getFirst() : null;
        } catch (java.util.zip.ZipException e) {
            return null;
        }
    }

    /**
     * H2 holds an OS lock on the file while a database is open; asking for the same lock tells whether
     * a server (another process, or this one) has it, without opening the database.
     */
    private static boolean inUse(Path databaseFile) throws IOException {
        try (var channel = FileChannel.open(databaseFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            var lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 1; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
