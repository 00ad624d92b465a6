package org.orienta.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person the administrator has just saved is still there after the server is killed with SIGKILL
 * right after the save: the commit reached the disk before the screen said "added".
 */
class CrashDurabilityIT {

    private static final String ADMIN_PASSWORD = "crash test operator";

    @TempDir
    Path dataDir;

    @Test
    void a_person_saved_by_the_admin_survives_kill_minus_nine_right_after_the_save() {
        try (var orienta = new OrientaProcess(dataDir, Map.of("ORIENTA_ADMIN_PASSWORD", ADMIN_PASSWORD))) {
            orienta.start();
            try (var browser = new Browser(orienta.baseUrl(), "CrashDurabilityIT/before-kill", 1280, 900)) {
                browser.signIn("admin", ADMIN_PASSWORD);
                browser.waitForPath("people");
                browser.click("#people-add");
                browser.type("#person-username input", "kill.survivor");
                browser.type("#person-display-name input", "Kim Survivor");
                browser.type("#person-email input", "kim.survivor@example.com");
                browser.type("#person-department input", "Retail");
                browser.find("vaadin-combo-box-item").click();
                browser.click("#person-save");
                browser.find("#one-time-password");
                browser.record("saved");
            }
            orienta.kill();

            orienta.start();
            try (var browser = new Browser(orienta.baseUrl(), "CrashDurabilityIT/after-restart", 1280, 900)) {
                browser.signIn("admin", ADMIN_PASSWORD);
                browser.waitForPath("people");
                browser.type("#people-search input", "survivor");
                browser.waitForText("#people-grid", "Kim Survivor");
                browser.record("still-there");
                assertThat(browser.text("#people-grid")).contains("kill.survivor");
            }
        }
    }
}
