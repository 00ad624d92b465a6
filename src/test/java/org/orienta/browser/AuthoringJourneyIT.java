package org.orienta.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.orienta.TestUsers;
import org.orienta.content.ContentService;
import org.orienta.content.ContentSource;
import org.orienta.people.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A demo trainer builds a role-play in the browser: a new three-decision scenario from the template,
 * an ending linked, a validation problem fixed by clicking it, a play-test from the middle, publishing,
 * then a second version and the difference between the two.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuthoringJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    ContentService content;

    private Browser browser;

    @BeforeEach
    void the_bundled_framework_and_pack() {
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
    void a_trainer_builds_plays_publishes_and_revises_a_role_play() {
        browser = new Browser("http://localhost:" + port, "AuthoringJourneyIT/new-role-play", 1400, 1000);
        browser.signIn(TestUsers.TRAINER, TestUsers.DEMO_PASSWORD);
        browser.waitForPath("trainer"); // a trainer lands on the trainer home
        browser.open("content");
        browser.click("#new-item");
        browser.type("#new-title input", "The parcel that never came");
        browser.type("#new-key input", "rp-parcel");
        browser.click("#new-create");
        browser.waitForPath("content/scenario/rp-parcel");
        browser.find("#node-first-decision");
        browser.record("template");

        // Two more decisions: each new one points nowhere yet and nothing leads to it, and the editor says so.
        browser.click("#add-decision");
        browser.find("#node-decision-1");
        browser.click("#add-decision");
        browser.find("#node-decision-2");
        browser.waitForText("#problems-title", "problems to fix");
        browser.record("problems");

        // The first decision leads to the second one...
        browser.click("#node-first-decision");
        pick("#option-next-welcome", "decision-1");
        // ...the problem about decision-1's option is fixed by clicking it, which opens that node.
        var problem = browser.all("#problems vaadin-button").stream()
                .filter(b -> b.getText().contains("decision-1") && b.getText().contains("unlinked"))
                .findFirst()
                .orElseThrow();
        browser.click(problem);
        browser.waitForText("#node-form-title", "decision-1");
        pick("#option-next-option-1", "decision-2");
        // ...and the third decision is linked to the ending.
        browser.click("#node-decision-2");
        pick("#option-next-option-2", "ending");
        browser.type("#option-say-option-2 textarea", "I will call the courier myself and ring you back by noon.");
        browser.type("#option-evidence-option-2 input", "CO6:4");
        browser.find("#option-evidence-option-2 input").sendKeys(Keys.TAB);
        // One option is no choice: each decision gets a second one, leading to the ending.
        int option = 3;
        for (var decision : java.util.List.of("first-decision", "decision-1", "decision-2")) {
            browser.click("#node-" + decision);
            browser.click("#add-option");
            pick("#option-next-option-" + option++, "ending");
        }
        // The template's example persona and setting are replaced in their own tab.
        browser.click("#tab-header");
        header("#header-summary textarea", "Turning a missing parcel into a customer who stays.");
        header("#header-setting textarea", "At the counter of a parcel shop; you serve the customer.");
        header("#header-persona-situation textarea", "Her parcel was marked delivered but never came.");
        header("#header-persona-expects textarea", "That someone finds the parcel or refunds her.");
        browser.click("#tab-graph");
        expectReadyToPublish();
        browser.record("linked");

        // Play from the middle: decision-1, with the customer already upset.
        browser.click("#node-decision-1");
        browser.click("#play-from-here");
        browser.find("#play-dialog");
        browser.click("#play-start");
        browser.click("#scenario-preview #option-option-1");
        browser.click("#scenario-preview #option-option-2");
        browser.waitForText("#scenario-preview #outcome", "The customer got what they came for");
        assertThat(browser.text("#scenario-preview #attempt-mode")).isEqualTo("Preview");
        browser.record("played-from-middle");
        browser.click("#play-close");

        backToToolbar();
        browser.click("#publish");
        browser.waitForText("#editor-status", "Published v1");
        browser.record("published-v1");

        // Version 2: the ending gets a new title.
        browser.click("#node-ending");
        browser.type("#ending-title input", "Parcel found");
        browser.find("#ending-title input").sendKeys(Keys.TAB);
        browser.waitForText("#editor-status", "Draft");
        backToToolbar();
        browser.click("#publish");
        browser.waitForText("#editor-status", "Published v2");
        backToToolbar();
        browser.click("#history");
        browser.find("#history-dialog");
        browser.waitForText("#diff", "Parcel found");
        browser.waitForText("#diff", "The customer got what they came for");
        assertThat(browser.all("#diff .orienta-diff-added")).isNotEmpty();
        assertThat(browser.all("#diff .orienta-diff-removed")).isNotEmpty();
        browser.record("difference-v1-v2");
    }

    @Test
    void a_trainer_imports_a_quiz_file_after_seeing_what_it_would_change() {
        browser = new Browser("http://localhost:" + port, "AuthoringJourneyIT/import-file", 1400, 1000);
        browser.signIn(TestUsers.TRAINER, TestUsers.DEMO_PASSWORD);
        browser.waitForPath("trainer"); // a trainer lands on the trainer home
        browser.open("content");
        browser.click("#import-content");
        browser.upload("#import-upload", Path.of("src/test/resources/content-base/quizzes/quiz-mixed.yaml"));
        browser.waitForText("#import-changes", "quiz-mixed");
        assertThat(browser.text("#import-changes")).contains("new");
        browser.record("preview");
        browser.click("#import-confirm");
        browser.waitForText("vaadin-notification-card", "Imported: 1 new version");
        browser.record("imported");
    }

    private void header(String field, String text) {
        browser.type(field, text);
        browser.find(field).sendKeys(Keys.TAB);
    }

    /** The side panel's long form scrolls the page; a trainer scrolls back up to the toolbar. */
    private void backToToolbar() {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                        "document.querySelector('#editor').scrollIntoView({block: 'start', behavior: 'instant'});");
        browser.find("#publish");
    }

    /** Waits for the editor to report no problems, and otherwise fails with the problems it lists. */
    private void expectReadyToPublish() {
        try {
            browser.waitForText("#problems", "ready to publish");
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "the editor still lists problems: "
                            + browser.driver()
                                    .findElement(org.openqa.selenium.By.id("problems"))
                                    .getDomProperty("textContent"),
                    e);
        }
    }

    /** Chooses in a combo box by typing and taking the first match, as a keyboard user does. */
    private void pick(String comboBox, String value) {
        var input = browser.find(comboBox + " input");
        browser.click(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(value);
        browser.settle();
        input.sendKeys(Keys.ARROW_DOWN);
        input.sendKeys(Keys.ENTER);
        browser.settle();
    }
}
