package org.orienta.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.orienta.audit.AuditAction;
import org.orienta.audit.AuditOutcome;
import org.orienta.audit.AuditService;
import org.orienta.audit.AuditText;
import org.orienta.base.OwnerOnly;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes online backups of the H2 file with H2's {@code BACKUP TO}, which copies the store together
 * with its transaction log, so the copy is consistent while trainees keep answering (copying the file
 * of a running database is not). A backup is written under a temporary name and renamed when
 * complete: a file named like a backup is always a whole one. Only the newest {@code keep} are kept.
 */
@Component
class BackupWriter {

    static final Pattern NAME = Pattern.compile("orienta-\\d{8}-\\d{6}Z(-\\d+)?\\.zip");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final DatabaseKind kind;
    private final Path directory;
    private final int keep;
    private final AuditService audit;
    private final Clock clock;
    private final ReentrantLock oneAtATime = new ReentrantLock();

    @Autowired
    BackupWriter(
            DataSource dataSource,
            DataSourceProperties properties,
            BackupSettings settings,
            AuditService audit,
            Clock clock) {
        this(dataSource, properties.determineUrl(), settings.directory(), settings.keep(), audit, clock);
    }

    BackupWriter(DataSource dataSource, String url, Path directory, int keep, AuditService audit, Clock clock) {
        if (keep < 1) {
            throw new IllegalArgumentException("orienta.backup.keep must be 1 or more, not " + keep);
        }
        this.jdbc = JdbcClient.create(dataSource);
        this.kind = DatabaseKind.of(url);
        this.directory = directory.toAbsolutePath().normalize();
        this.keep = keep;
        this.audit = audit;
        this.clock = clock;
    }

    DatabaseKind kind() {
        return kind;
    }

    int keep() {
        return keep;
    }

    Path directory() {
        return directory;
    }

    BackupFile write(String actor) {
        if (kind != DatabaseKind.H2_FILE) {
            throw new BackupException(whyNot());
        }
        oneAtATime.lock();
        Path partial = null;
        try {
            OwnerOnly.directory(directory);
            var target = freeName();
            partial = directory.resolve("." + target.getFileName() + ".partial");
            jdbc.sql("BACKUP TO '" + partial.toString().replace("'", "''") + "'")
                    .update();
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            // A copy of everyone's data: as closed as the database itself.
            OwnerOnly.file(target);
            var file = describe(target);
            audit.recordAs(
                    actor,
                    AuditAction.BACKUP_CREATED,
                    file.name(),
                    AuditOutcome.SUCCESS,
                    AuditText.of("audit.text.bytes", file.bytes()),
                    null);
            prune();
            return file;
        } catch (IOException | DataAccessException e) {
            deleteQuietly(partial);
            audit.recordAs(
                    actor,
                    AuditAction.BACKUP_CREATED,
                    directory.toString(),
                    AuditOutcome.FAILURE,
                    AuditText.literal(String.valueOf(e.getMessage())),
                    null);
            throw new BackupException("The backup into " + directory + " failed: " + e.getMessage(), e);
        } finally {
            oneAtATime.unlock();
        }
    }

    /** Why there is no backup of a database that is not an H2 file. */
    String whyNot() {
        return kind == DatabaseKind.POSTGRESQL
                ? "Orienta runs on PostgreSQL: back it up with pg_dump (docs/deployment.md, Backups)"
                : "The database is not an H2 file (" + kind + "): there is nothing Orienta can back up";
    }

    List<BackupFile> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString())
                            .reversed())
                    .map(BackupWriter::describe)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only names this class writes, so a request cannot reach another file. */
    Optional<Path> find(String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        var file = directory.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private Path freeName() {
        var stamp = "orienta-" + STAMP.format(clock.instant());
        var candidate = directory.resolve(stamp + ".zip");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = directory.resolve(stamp + "-" + n + ".zip");
        }
        return candidate;
    }

    private void prune() throws IOException {
        var all = list();
        for (var old : all.subList(Math.min(keep, all.size()), all.size())) {
            Files.deleteIfExists(directory.resolve(old.name()));
        }
    }

    private static BackupFile describe(Path file) {
        try {
            return new BackupFile(
                    file.getFileName().toString(),
                    Files.getLastModifiedTime(file).toInstant(),
                    Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // The partial file is hidden and never listed; the next backup does not depend on it.
            }
        }
    }
}
