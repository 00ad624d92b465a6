package org.orienta.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.orienta.content.ContentService;
import org.orienta.content.ContentSource;
import org.orienta.people.PeopleService;
import org.orienta.people.SystemAuthentication;
import org.orienta.progress.assignment.AssignmentService;
import org.orienta.progress.assignment.AssignmentTarget;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import testprovider.TestProvider;

/**
 * Company sign-in in Chromium, through the test identity provider's own sign-in page: a newcomer's first
 * sign-in lands in My training with their department's standing assignment; a trainer from the provider's
 * group gets the trainer's menu, loses it once removed from the group, and is refused once disabled in
 * Orienta; signing out ends the provider's session too (the next sign-in asks for a password again).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CompanySignInJourneyIT {

    private static final String MODULE = "ownership-and-commitments";

    @LocalServerPort
    int port;

    @Autowired
    ContentService content;

    @Autowired
    AssignmentService assignments;

    @Autowired
    PeopleService people;

    private Browser browser;
    private Long rule;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (rule != null) {
            // The shared context's other journeys see Retail without this assignment.
            SystemAuthentication.call(() -> {
                assignments.remove(rule);
                return null;
            });
        }
    }

    private List<String> navigation() {
        browser.find("#main-nav");
        return browser.all("#main-nav vaadin-side-nav-item").stream()
                .map(WebElement::getText)
                .map(String::strip)
                .toList();
    }

    /** Clicks the company button and signs in on the provider's own page (not Vaadin: no settling there). */
    private void signInAtProvider(TestProvider provider, String username) {
        browser.open("login");
        // Not Browser.click: it waits for Vaadin afterwards, and the provider's page is not Vaadin.
        browser.find("#signin-company").click();
        var driver = browser.driver();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> String.valueOf(d.getCurrentUrl()).startsWith(provider.issuer() + "/login"));
        browser.record("provider-sign-in-" + username);
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(TestProvider.PASSWORD);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
    }

    @Test
    void people_sign_in_through_the_company_provider_with_department_and_roles_kept_in_step() {
        var provider = TestProvider.shared().allow("http://localhost:" + port);
        SystemAuthentication.call(() -> content.importFiles(ContentSource.folder(Path.of("content"))));
        var retail = SystemAuthentication.call(() -> people.departments().stream()
                .filter(d -> d.name().equals("Retail"))
                .findFirst()
                .orElseThrow()
                .id());
        rule = SystemAuthentication.call(() -> assignments.assign(
                MODULE,
                AssignmentTarget.DEPARTMENT,
                List.of(),
                retail,
                null,
                LocalDate.now().plusDays(14)));
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        var trainee = "tia" + suffix;
        var coach = "colin" + suffix;
        provider.add(new TestProvider.Person(
                trainee, "Tia Newcomer", trainee + "@bank.example", List.of(), "retail", null, null));
        provider.add(new TestProvider.Person(
                coach, "Colin Coach", coach + "@bank.example", List.of("orienta-trainers"), "Retail", null, null));
        browser = new Browser("http://localhost:" + port, "CompanySignInJourneyIT", 1280, 900);

        signInAtProvider(provider, trainee);
        browser.waitForPath("my-training");
        browser.record("trainee-my-training");
        assertThat(navigation()).isEqualTo(List.of("Home", "My training", "My competencies", "Observed at work"));
        browser.waitForText("#assigned-cards", "Ownership and honest commitments");
        browser.signOut();

        // Signed out at the provider too: the trainer's sign-in asks for their own password.
        signInAtProvider(provider, coach);
        browser.waitForPath("trainer");
        browser.record("trainer-home");
        assertThat(navigation())
                .isEqualTo(List.of("Home", "Content", "Assignments", "Reviews", "Sessions", "Observations"));
        browser.signOut();

        provider.add(provider.person(coach).withGroups());
        signInAtProvider(provider, coach);
        browser.waitForPath("my-training");
        assertThat(navigation()).isEqualTo(List.of("Home", "My training", "My competencies", "Observed at work"));
        browser.signOut();

        SystemAuthentication.call(() -> {
            var id = people.findPeople(coach).stream().findFirst().orElseThrow().id();
            people.setEnabled(id, false);
            return null;
        });
        signInAtProvider(provider, coach);
        browser.waitForPathStarting("login?signin-error=disabled");
        browser.waitForText("#signin-error", "switched off");
        browser.record("disabled-refused");
    }
}
