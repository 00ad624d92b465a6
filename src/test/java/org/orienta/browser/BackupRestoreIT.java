package org.orienta.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's backup and restore on the production jar: a backup of the running server from the
 * command line and from the Backups page, then, after a loss, the restore command brings back exactly
 * what the backup held.
 */
class BackupRestoreIT {

    private static final String ADMIN_PASSWORD = "backup drill operator";
    private static final Pattern WRITTEN = Pattern.compile("Backup written: (\\S+\\.zip)");

    @TempDir
    Path dataDir;

    @Test
    void a_backup_of_the_running_server_restores_what_it_held_and_nothing_after() {
        try (var orienta = new OrientaProcess(
                dataDir, Map.of("ORIENTA_ADMIN_PASSWORD", ADMIN_PASSWORD, "ORIENTA_DEMO_HISTORY", "false"))) {
            orienta.start();
            try (var browser = new Browser(orienta.baseUrl(), "BackupRestoreIT/before", 1280, 900)) {
                browser.signIn("admin", ADMIN_PASSWORD);
                addPerson(browser, "kept.person", "Kim Kept");

                var backup = orienta.command("backup");
                assertThat(backup.exitCode()).as(backup.output()).isZero();
                var matcher = WRITTEN.matcher(backup.output());
                assertThat(matcher.find()).as(backup.output()).isTrue();
                var file = Path.of(matcher.group(1));
                assertThat(file)
                        .isRegularFile()
                        .hasParent(dataDir.resolve("data/backups").toAbsolutePath());

                addPerson(browser, "lost.person", "Lou Lost");
                browser.open("operations");
                browser.click("#operations-backup-now");
                browser.waitForText("vaadin-notification-card", "Backup written");
                browser.waitForText("#operations-backups", file.getFileName().toString());
                browser.record("backups-page");
                assertThat(browser.all("#operations-backups a")).hasSize(2);
                var downloaded = browser.download("#operations-backups a");
                assertThat(zipEntries(downloaded)).containsExactly("orienta.mv.db");

                orienta.stop();
                // The database is lost; the first backup is what the operator restores.
                deleteDatabase();
                var restore = orienta.command("restore", file.toString());
                assertThat(restore.exitCode()).as(restore.output()).isZero();
                assertThat(restore.output()).contains("Restored " + file.getFileName());
            }

            orienta.start();
            try (var browser = new Browser(orienta.baseUrl(), "BackupRestoreIT/after", 1280, 900)) {
                browser.signIn("admin", ADMIN_PASSWORD);
                browser.waitForPath("people");
                browser.type("#people-search input", "person");
                browser.waitForText("#people-grid", "Kim Kept");
                browser.record("restored");
                assertThat(browser.text("#people-grid")).doesNotContain("Lou Lost");
            }
        }
    }

    @Test
    void the_backup_command_without_the_token_file_or_a_running_server_says_what_to_do() {
        try (var orienta = new OrientaProcess(dataDir, Map.of("ORIENTA_ADMIN_PASSWORD", ADMIN_PASSWORD))) {
            var noToken = orienta.command("backup");
            assertThat(noToken.exitCode()).isEqualTo(1);
            assertThat(noToken.output()).contains("No operator token at", "pg_dump");

            var noBackup =
                    orienta.command("restore", dataDir.resolve("missing.zip").toString());
            assertThat(noBackup.exitCode()).isEqualTo(1);
            assertThat(noBackup.output()).contains("No backup file at", "missing.zip");
        }
    }

    private static java.util.List<String> zipEntries(byte[] zip) {
        var names = new java.util.ArrayList<String>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return names;
    }

    private void deleteDatabase() {
        try {
            Files.delete(dataDir.resolve("orienta.mv.db"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void addPerson(Browser browser, String username, String name) {
        browser.waitForPath("people");
        browser.click("#people-add");
        browser.type("#person-username input", username);
        browser.type("#person-display-name input", name);
        browser.type("#person-email input", username + "@example.com");
        browser.type("#person-department input", "Retail");
        browser.find("vaadin-combo-box-item").click();
        browser.click("#person-save");
        browser.find("#one-time-password");
        browser.open("people");
    }
}
