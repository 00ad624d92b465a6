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

    @Test
    void a_trainee_killed_mid_scenario_continues_at_the_same_step_with_nothing_missing_or_doubled() {
        try (var orienta = new OrientaProcess(dataDir, Map.of("ORIENTA_ADMIN_PASSWORD", ADMIN_PASSWORD))) {
            orienta.start();
            try (var browser = new Browser(orienta.baseUrl(), "CrashDurabilityIT/mid-scenario", 1280, 900)) {
                browser.signIn("anna", "orienta-demo");
                browser.waitForPath("my-training");
                browser.open("my-training/ownership-and-commitments");
                browser.click("#item-rp-01");
                browser.click("#start-go");
                browser.click("#option-greet-warmly");
                browser.click("#option-ask-usage");
                browser.find("#option-disclose-upfront");
                browser.record("two-choices-made");
            }
            orienta.kill();

            orienta.start();
            try (var browser =
                    new Browser(orienta.baseUrl(), "CrashDurabilityIT/after-restart-mid-scenario", 1280, 900)) {
                browser.signIn("anna", "orienta-demo");
                browser.waitForPath("my-training");
                browser.click("#continue-rp-01");
                browser.find("#option-disclose-upfront");
                browser.record("resumed");
                var conversation = browser.text("#conversation");
                assertThat(occurrences(conversation, "Good morning, I'm Alex")).isEqualTo(1);
                assertThat(occurrences(conversation, "how will you use the account"))
                        .isEqualTo(1);
                browser.click("#option-disclose-upfront");
                browser.find("#option-yes-and");
            }
        }
    }

    static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
