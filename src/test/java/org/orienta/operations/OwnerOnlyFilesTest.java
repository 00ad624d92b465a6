package org.orienta.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orienta.audit.AuditService;

/** The H2 database and its backups hold everyone's data: readable by Orienta's account only (issue 16). */
class OwnerOnlyFilesTest {

    @TempDir
    Path dir;

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void the_database_folder_and_files_and_the_backup_folder_become_owner_only_before_and_after_start()
            throws Exception {
        var database = dir.resolve("data/orienta");
        var backups = dir.resolve("data/backups");
        Files.createDirectories(database.getParent());
        Files.writeString(dir.resolve("data/orienta.mv.db"), "x");
        Files.setPosixFilePermissions(dir.resolve("data/orienta.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(database.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));

        DatabaseFiles.secure(database, backups);

        assertThat(mode(dir.resolve("data"))).isEqualTo("rwx------");
        assertThat(mode(dir.resolve("data/orienta.mv.db"))).isEqualTo("rw-------");
        assertThat(mode(backups)).isEqualTo("rwx------");
    }

    @Test
    void a_backup_is_written_owner_only_into_an_owner_only_folder() throws Exception {
        var url = "jdbc:h2:file:" + dir.resolve("live/orienta") + ";WRITE_DELAY=0";
        var config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("sa");
        try (var live = new HikariDataSource(config)) {
            Flyway.configure()
                    .dataSource(live)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            var writer =
                    new BackupWriter(live, url, dir.resolve("backups"), 3, mock(AuditService.class), Clock.systemUTC());

            var backup = writer.write("test");

            assertThat(mode(dir.resolve("backups"))).isEqualTo("rwx------");
            assertThat(mode(dir.resolve("backups").resolve(backup.name()))).isEqualTo("rw-------");
        }
    }
}
