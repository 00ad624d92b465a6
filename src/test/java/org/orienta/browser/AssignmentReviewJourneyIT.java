package org.orienta.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * A trainer assigns a module to the Retail department with a due date; a Retail trainee sees it,
 * submits a rewrite; the trainer reviews it; the trainee reads the comment and sees the new evidence.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AssignmentReviewJourneyIT {

    private static final String MODULE = "ownership-and-commitments";

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
    void a_trainer_assigns_a_trainee_submits_a_rewrite_the_trainer_reviews_and_the_trainee_sees_it() {
        browser = new Browser("http://localhost:" + port, "AssignmentReviewJourneyIT/assign-and-review", 1280, 1000);
        browser.signIn(TestUsers.TRAINER, TestUsers.DEMO_PASSWORD);
        browser.waitForPath("trainer"); // a trainer lands on the trainer home
        browser.open("assignments");
        browser.click("#new-assignment");
        choose("#assign-module", "Ownership and honest commitments");
        choose("#assign-department", "Retail");
        var due = browser.find("#assign-due input");
        due.sendKeys("12/31/2030", Keys.ENTER);
        browser.settle();
        browser.click("#assign-confirm");
        browser.waitForText("#assignment-grid", "Department Retail");
        browser.record("assigned");
        browser.signOut();

        browser.signIn(TestUsers.TRAINEE, TestUsers.DEMO_PASSWORD);
        browser.waitForPath("my-training");
        browser.find("#open-assigned-" + MODULE);
        browser.waitForText("#assigned-cards", "2030");
        browser.record("trainee-sees-assignment");
        browser.open("my-training/" + MODULE);
        browser.click("#item-sx-05");
        browser.settle();
        // Another journey in the same application may have left Anna an open attempt, which opens directly.
        if (!browser.all("#start-dialog").isEmpty()) {
            browser.click("#start-go");
        }
        for (var area : browser.all("#exercise-body vaadin-text-area textarea")) {
            area.sendKeys("I am sorry for the trouble. I will sort it out myself and call you back by 5 pm today.");
        }
        browser.click("#exercise-submit");
        browser.waitForText("#exercise-result", "trainer");
        browser.record("submitted");
        browser.signOut();

        browser.signIn(TestUsers.TRAINER, TestUsers.DEMO_PASSWORD);
        browser.waitForPath("trainer"); // a trainer lands on the trainer home
        browser.open("reviews");
        browser.click(browser.driver().findElement(By.cssSelector("vaadin-button[id^='review-open-']")));
        browser.find("#review-submit");
        for (var select : browser.all("vaadin-select[id^='level-']")) {
            var id = select.getDomAttribute("id");
            choose("#" + id, "Professional");
        }
        browser.type(
                "#review-comment-field textarea", "Clear ownership and a concrete time. Next time, thank her first.");
        browser.record("reviewing");
        browser.click("#review-submit");
        browser.waitForPath("reviews");
        browser.signOut();

        browser.signIn(TestUsers.TRAINEE, TestUsers.DEMO_PASSWORD);
        browser.waitForPath("my-training");
        browser.waitForText("#notices", "was reviewed");
        browser.record("notice");
        browser.click("#notices a");
        browser.waitForText("#review-comment", "Clear ownership and a concrete time");
        browser.record("review-seen");
        browser.open("my-competencies");
        browser.waitForText("#competency-list", "CO3");
        browser.click("#competency-CO3");
        browser.waitForText("#competency-CO3", "Rewrite the cold reply");
        browser.record("evidence");
    }

    /** Picks an item of a Vaadin select by its visible text. */
    private void choose(String select, String text) {
        browser.click(select);
        // The select's items are its own light-DOM children; other selects keep theirs (closed) too.
        var item = browser.find(select).findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.isDisplayed() && i.getText().contains(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no item “" + text + "” in " + select));
        browser.click(item);
    }
}
