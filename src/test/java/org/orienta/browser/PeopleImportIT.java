package org.orienta.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orienta.reporting.ExportReader;

/**
 * The administrator imports 50 people from CSV: two bad rows are reported by line and column, the
 * fixed file imports, and a new person signs in with their one-time password and must change it.
 */
class PeopleImportIT {

    private static final String ADMIN_PASSWORD = "journey operator phrase";

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    private Path file(String name, boolean withMistakes) {
        var csv = new StringBuilder("username,name,email,department,job_role,roles\n");
        for (int i = 1; i <= 50; i++) {
            var username = String.format("new.person%02d", i);
            // Lines 12 and 40 (persons 11 and 39) carry the mistakes an HR export really has.
            var email = withMistakes && i == 11 ? "new.person11-at-example.com" : username + "@example.com";
            var roles = withMistakes && i == 39 ? "SUPERUSER" : "TRAINEE";
            csv.append(username)
                    .append(",\"Person ")
                    .append(i)
                    .append(", New\",")
                    .append(email)
                    .append(",Harbour Hotel,Front desk agent,")
                    .append(roles)
                    .append('\n');
        }
        try {
            return Files.writeString(files.resolve(name), csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void fifty_people_with_two_bad_rows_are_fixed_and_imported_and_a_new_person_signs_in_with_the_one_time_password() {
        try (var orienta = new OrientaProcess(dataDir, Map.of("ORIENTA_ADMIN_PASSWORD", ADMIN_PASSWORD))) {
            orienta.start();
            String oneTimePassword;
            try (var browser = new Browser(orienta.baseUrl(), "PeopleImportIT/import", 1280, 900)) {
                browser.signIn("admin", ADMIN_PASSWORD);
                browser.waitForPath("people");
                browser.click("#people-import-open");
                browser.upload("#people-import-upload", file("people.csv", true));
                browser.waitForText("#people-import-problems", "Line 40, roles");
                var problems = browser.text("#people-import-problems");
                assertThat(problems).contains("Line 12, email", "Line 40, roles: Unknown role SUPERUSER");
                assertThat(problems.lines().filter(l -> l.startsWith("Line")).count())
                        .isEqualTo(2);
                assertThat(browser.find("#people-import-confirm").getDomAttribute("disabled"))
                        .as("nothing imports with problems")
                        .isNotNull();
                browser.record("two-problems");

                browser.upload("#people-import-upload", file("people-fixed.csv", false));
                browser.waitForText("#people-import-summary", "50 new people");
                assertThat(browser.text("#people-import-report")).contains("New departments: Harbour Hotel");
                browser.record("fixed");
                browser.click("#people-import-confirm");
                browser.waitForText("#people-import-done", "50 added");
                browser.record("imported");
                var passwords = ExportReader.csv(browser.download("#people-import-passwords-csv"));
                oneTimePassword = passwords.stream()
                        .filter(r -> r.getFirst().equals("new.person07"))
                        .findFirst()
                        .orElseThrow()
                        .get(3);
            }
            try (var browser = new Browser(orienta.baseUrl(), "PeopleImportIT/first-sign-in", 1280, 900)) {
                browser.signIn("new.person07", oneTimePassword);
                // Wherever they were going, the account page holds them until they choose a password.
                browser.find("#must-change-password");
                browser.record("must-change");
                browser.type("#current-password input", oneTimePassword);
                browser.type("#new-password input", "harbour view at seven");
                browser.type("#repeat-password input", "harbour view at seven");
                browser.click("#change-password");
                browser.waitForPath("my-training");
                browser.record("my-training");
            }
        }
    }
}
