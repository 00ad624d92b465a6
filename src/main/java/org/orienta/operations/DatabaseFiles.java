package org.orienta.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.orienta.base.OwnerOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;

/**
 * Makes the H2 database and the backups readable by Orienta's account only. Registered in
 * META-INF/spring.factories, so it runs before the database opens: the database's folder is made 0700
 * first (so the files H2 is about to create are out of other accounts' reach whatever their mode), and
 * once Orienta is up its files are made 0600 as well. A database file directly in the working folder
 * leaves that folder's mode alone (it is not Orienta's to close), but still gets 0600.
 */
public final class DatabaseFiles implements ApplicationListener<ApplicationEvent> {

    private static final Logger log = LoggerFactory.getLogger(DatabaseFiles.class);

    private @Nullable Path database;

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            var environment = prepared.getEnvironment();
            database = DatabaseKind.h2File(environment.getProperty("spring.datasource.url", ""))
                    .orElse(null);
            if (database != null) {
                var backups = Path.of(environment.getProperty("orienta.backup.directory", "./data/backups"));
                secure(database, backups);
            }
        } else if (event instanceof ApplicationReadyEvent && database != null) {
            secure(database, null);
        }
    }

    /** The database's folder 0700 (unless it is the working folder), its files 0600; the backups' folder 0700. */
    static void secure(Path database, @Nullable Path backups) {
        try {
            var absolute = database.toAbsolutePath().normalize();
            var folder = absolute.getParent();
            if (folder != null && !folder.equals(Path.of("").toAbsolutePath()) && folder.getParent() != null) {
                OwnerOnly.directory(folder);
            }
            if (folder != null && Files.isDirectory(folder)) {
                try (var files = Files.list(folder)) {
                    for (Path file : files.filter(
                                    f -> f.getFileName().toString().startsWith(absolute.getFileName() + "."))
                            .toList()) {
                        OwnerOnly.file(file);
                    }
                }
            }
            if (backups != null) {
                OwnerOnly.directory(backups.toAbsolutePath().normalize());
            }
        } catch (IOException e) {
            log.warn("Could not make the database files owner-only: {}", e.getMessage());
        }
    }
}
