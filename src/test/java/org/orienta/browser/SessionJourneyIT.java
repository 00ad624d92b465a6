package org.orienta.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.orienta.TestUsers;
import org.orienta.content.ContentService;
import org.orienta.content.ContentSource;
import org.orienta.people.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * On a 360 px phone, a trainer schedules a "Yes, and…" session for the Retail department, runs it:
 * marks attendance with one tap per person and records what was observed; the participant then sees
 * the session on My training.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionJourneyIT {

    private static final int PHONE_WIDTH = 360;
    private static final int PHONE_HEIGHT = 740;

    @LocalServerPort
    int port;

    @Autowired
    ContentService content;

    private Browser browser;

    @BeforeEach
    void the_bundled_pack() {
        var imported = SystemAuthentication.call(() -> content.importFiles(ContentSource.folder(Path.of("content"))));
        assertThat(imported.problems()).isEmpty();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_trainer_schedules_and_runs_a_yes_and_session_on_a_phone_and_the_participant_sees_it() {
        browser = new Browser(
                "http://localhost:" + port, "SessionJourneyIT/yes-and-on-a-phone", PHONE_WIDTH, PHONE_HEIGHT);
        browser.signIn(TestUsers.TRAINER, TestUsers.DEMO_PASSWORD);
        browser.waitForPath("trainer");
        browser.open("sessions");
        browser.click("#schedule-session");
        choose("#session-activity", "Yes, and");
        browser.type("#session-place input", "Training room 2");
        choose("#session-add-department", "Retail");
        browser.record("scheduling");
        browser.click("#session-save");
        browser.waitForPathStarting("sessions/");
        browser.waitForText("#participants", "Anna Kowalski");
        browser.waitForText("#session-groups", "Pair 1");
        browser.record("session-page");

        browser.click(buttonOf("Anna Kowalski", "present-"));
        // "of N": the department's size depends on the journeys before this one (company sign-in adds a person).
        browser.waitForText("#participants-heading", ": 1 of ");
        browser.click(buttonOf("Ben Okafor", "present-"));
        browser.click(buttonOf("Chloé Martin", "absent-"));
        browser.waitForText("#participants-heading", ": 2 of ");
        assertThat(buttonOf("Anna Kowalski", "present-").getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(pageIsNotWiderThanThePhone()).isTrue();
        browser.record("attendance");

        browser.click(buttonOf("Anna Kowalski", "observe-"));
        browser.find("#observe-dialog vaadin-radio-group");
        var scales = browser.all("#observe-dialog vaadin-radio-group").size();
        assertThat(scales).isGreaterThanOrEqualTo(3);
        for (int i = 0; i < scales; i++) {
            var scale = browser.all("#observe-dialog vaadin-radio-group").get(i);
            var done = scale.findElements(By.cssSelector("vaadin-radio-button")).stream()
                    .filter(b -> b.getText().strip().equals("Done"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no answer Done"));
            browser.click(done);
        }
        browser.record("observing");
        browser.click("#observe-save");
        browser.waitForText("#participants", "Observed");
        assertThat(pageIsNotWiderThanThePhone()).isTrue();
        browser.record("observed");
        browser.signOut();

        browser.signIn(TestUsers.TRAINEE, TestUsers.DEMO_PASSWORD);
        browser.waitForPath("my-training");
        browser.waitForText("#my-sessions", "Live sessions");
        browser.waitForText("#my-sessions", "Training room 2");
        browser.click("#my-sessions details summary");
        browser.waitForText("#my-sessions details", "What was observed");
        browser.waitForText("#my-sessions details", "Done");
        browser.record("participant-sees-it");
    }

    /** The Present or Absent button in the row of the participant with this name. */
    private WebElement buttonOf(String name, String idPrefix) {
        var row = browser.all("#participants .orienta-session-person").stream()
                // textContent, not getText(): WebDriver reads no text from a row scrolled out of the page's scroller.
                .filter(r -> String.valueOf(r.getDomProperty("textContent")).contains(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + name));
        var button = row.findElement(By.cssSelector("vaadin-button[id^='" + idPrefix + "']"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        return button;
    }

    private boolean pageIsNotWiderThanThePhone() {
        var width = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth;");
        return ((Number) width).intValue() <= PHONE_WIDTH;
    }

    /** Picks an item of a Vaadin select by its visible text. */
    private void choose(String select, String text) {
        browser.click(select);
        var item = browser.find(select).findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.isDisplayed() && i.getText().contains(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no item “" + text + "” in " + select));
        browser.click(item);
    }
}
