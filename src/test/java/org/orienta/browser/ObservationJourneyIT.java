package org.orienta.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.orienta.SignedIn;
import org.orienta.TestUsers;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.content.ContentService;
import org.orienta.content.ContentSource;
import org.orienta.observation.ObservationFixtures;
import org.orienta.observation.ObservationService;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonDraft;
import org.orienta.people.SystemAuthentication;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Observed on the job: a manager observes a team member on a phone, a mystery shopper records a visit
 * and can open nothing else, the trainee sees both as evidence, and HR's training-vs-job view shows the
 * gap between what Anna does in training and at the counter. Each step is checked at 360 and 1280 px.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "orienta.privacy.individual-roles=HR,ADMIN")
@ActiveProfiles("test")
class ObservationJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    ContentService content;

    @Autowired
    PeopleService people;

    @Autowired
    ObservationService observations;

    @Autowired
    AttemptService attempts;

    @Autowired
    UserDetailsService users;

    private Browser browser;

    @BeforeEach
    void organisation() {
        var imported = SystemAuthentication.call(() -> content.importFiles(ContentSource.folder(Path.of("content"))));
        assertThat(imported.problems()).isEmpty();
        var manager = ObservationFixtures.id(people, ObservationFixtures.MANAGER);
        SystemAuthentication.call(() -> {
            for (var report : List.of("anna", "ben")) {
                var id = ObservationFixtures.id(people, report);
                var details = people.get(id);
                var d = details.draft();
                people.update(
                        id,
                        new PersonDraft(
                                d.username(),
                                d.displayName(),
                                d.email(),
                                d.departmentId(),
                                d.jobRoleId(),
                                d.roles(),
                                manager),
                        details.version());
            }
            return null;
        });
        var observer = ObservationFixtures.createObserver(people, users);
        SystemAuthentication.call(() -> {
            observations.assign(
                    observer,
                    List.of(ObservationFixtures.department(people, "Retail").id()),
                    List.of());
            return null;
        });
        // In training Anna stays calm with an impatient customer (CO10 at 3) …
        SignedIn.callAs(users, TestUsers.TRAINEE, () -> {
            for (int i = 0; i < 3; i++) {
                var attempt = attempts.start(new ItemRef(ItemKind.SCENARIO, "rp-01"), AttemptMode.ASSESSED, null);
                attempts.choose(attempt, 1, "greet-warmly");
            }
            return null;
        });
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_manager_and_a_mystery_shopper_observe_anna_who_sees_both_and_hr_sees_the_gap() {
        browser = new Browser("http://localhost:" + port, "ObservationJourneyIT/observed-on-the-job", 360, 780);

        // … at the counter her manager sees her lose her calm, and records it on a phone.
        browser.signIn(ObservationFixtures.MANAGER, TestUsers.DEMO_PASSWORD);
        browser.waitForPath("my-training");
        browser.open("my-team");
        choose("#team-member", "Anna Kowalski");
        choose("#observation-checklist", "Handling a complaint");
        answer("stays-calm", "Not done");
        for (var behaviour : List.of("lets-customer-speak", "takes-ownership", "offers-solution", "names-next-step")) {
            answer(behaviour, "Done");
        }
        noSidewaysScrolling(360);
        browser.record("manager-360");
        browser.click("#observation-save");
        browser.waitForText("#team-recent", "Handling a complaint");
        browser.record("manager-saved-360");
        viewport(1280, 1000);
        browser.open("my-team");
        browser.waitForText("#team-recent", "Anna Kowalski");
        browser.record("manager-1280");
        browser.signOut();

        // A mystery shopper lands on the visit form, records a visit and can open nothing else.
        viewport(360, 780);
        browser.signIn(ObservationFixtures.OBSERVER, ObservationFixtures.OBSERVER_PASSWORD);
        browser.waitForPath("visits");
        assertThat(browser.text("#visit-branch")).contains("Retail");
        choose("#visit-person", "Anna Kowalski");
        choose("#observation-checklist", "Counter visit");
        for (var behaviour : List.of(
                "greets-within-30-seconds", "greets-smiles-introduces", "asks-about-needs", "names-next-step")) {
            answer(behaviour, "Done");
        }
        answer("checks-satisfied", "Partly");
        noSidewaysScrolling(360);
        browser.record("visit-360");
        browser.click("#observation-save");
        browser.waitForText("#visits-recent", "Counter visit");
        for (var elsewhere : List.of("my-training", "my-team", "reports", "content", "people", "observations")) {
            browser.open(elsewhere);
            browser.find("#access-denied");
        }
        viewport(1280, 1000);
        browser.open("visits");
        browser.waitForText("#visits-recent", "Counter visit");
        browser.record("visit-1280");
        browser.signOut();

        // Anna sees both: her manager by name, the mystery shopper as such; she adds a comment.
        browser.signIn(TestUsers.TRAINEE, TestUsers.DEMO_PASSWORD);
        browser.waitForPath("my-training");
        browser.open("my-observations");
        browser.waitForText("#my-observations", "Chloé Martin");
        browser.waitForText("#my-observations", "a mystery shopper");
        var complaint = browser.all("#my-observations .orienta-observation").stream()
                .filter(card -> card.getText().contains("Handling a complaint"))
                .findFirst()
                .orElseThrow();
        var id = complaint.getDomAttribute("id").substring("observation-".length());
        browser.type("#comment-" + id + " textarea", "The customer had waited twenty minutes before me.");
        browser.click("#comment-save-" + id);
        browser.waitForText("#observation-comment-" + id + ", vaadin-notification-card", "saved");
        browser.record("trainee-1280");
        viewport(360, 780);
        browser.open("my-observations");
        browser.waitForText("#my-observations", "Handling a complaint");
        noSidewaysScrolling(360);
        browser.record("trainee-360");
        browser.signOut();

        // HR: CO10 is 3 in training and 1 at work, two levels apart, from one observation.
        viewport(1280, 1000);
        browser.signIn(TestUsers.HR, TestUsers.DEMO_PASSWORD);
        browser.waitForPath("reports");
        browser.open("reports/observations");
        browser.waitForText("#training-vs-job-grid", "CO10");
        browser.waitForText("#training-vs-job-grid", "gap");
        browser.waitForText("#mystery-shopping-grid", "Retail");
        browser.record("hr-1280");
        viewport(360, 780);
        browser.open("reports/observations");
        browser.waitForText("#training-vs-job-grid", "CO10");
        noSidewaysScrolling(360);
        browser.record("hr-360");
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

    /** Taps one answer of a behaviour by its label. */
    private void answer(String behaviour, String label) {
        var button = browser.find("#answer-" + behaviour).findElements(By.cssSelector("vaadin-radio-button")).stream()
                .filter(b -> b.getText().strip().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no answer “" + label + "” for " + behaviour));
        browser.click(button);
    }

    /** Sweeps the page to another width: a phone (emulated below 500 px) or a desktop window. */
    private void viewport(int width, int height) {
        var chrome = (ChromeDriver) browser.driver();
        if (width < 500) {
            chrome.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
        } else {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            chrome.manage().window().setSize(new Dimension(width, height));
        }
    }

    private void noSidewaysScrolling(int width) {
        var scrolled =
                ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.scrollWidth");
        assertThat(((Number) scrolled).intValue()).as("no sideways scrolling").isLessThanOrEqualTo(width);
    }
}
