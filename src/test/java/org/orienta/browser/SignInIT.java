package org.orienta.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.WebElement;
import org.orienta.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Signing in and out in a real browser, against the production build on a random port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInIT {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void start(TestInfo test) {
        browser = new Browser(
                "http://localhost:" + port,
                "SignInIT/" + test.getTestMethod().orElseThrow().getName(),
                1280,
                900);
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    private List<String> navigation() {
        browser.find("#main-nav");
        return browser.all("#main-nav vaadin-side-nav-item").stream()
                .map(WebElement::getText)
                .map(String::strip)
                .toList();
    }

    @Test
    void each_demo_role_sees_exactly_its_navigation() {
        var expected = Map.of(
                TestUsers.TRAINEE,
                List.of("Home", "My training", "My competencies", "Observed at work"),
                TestUsers.TRAINER,
                List.of("Home", "Content", "Assignments", "Reviews", "Sessions", "Observations"),
                TestUsers.HR,
                List.of("Home", "Reports", "Training vs job", "Target profiles"));
        var landing = Map.of(TestUsers.TRAINEE, "my-training", TestUsers.TRAINER, "trainer", TestUsers.HR, "reports");
        for (var entry : expected.entrySet()) {
            browser.signIn(entry.getKey(), TestUsers.DEMO_PASSWORD);
            browser.waitForPath(landing.get(entry.getKey()));
            browser.record(entry.getKey() + "-home");
            assertThat(navigation()).as(entry.getKey()).isEqualTo(entry.getValue());
            browser.signOut();
        }
        browser.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        browser.waitForPath("people");
        browser.record("admin-people");
        assertThat(navigation())
                .isEqualTo(List.of(
                        "Home",
                        "Content",
                        "Assignments",
                        "Reviews",
                        "Sessions",
                        "Observations",
                        "Reports",
                        "Training vs job",
                        "Target profiles",
                        "People",
                        "Organisation",
                        "Mystery shoppers",
                        "Audit trail",
                        "Backups"));
    }

    @Test
    void a_wrong_password_shows_an_error_and_keeps_the_person_out() {
        browser.signIn(TestUsers.TRAINEE, "not the right password");

        browser.waitForText("vaadin-login-form", "Incorrect username or password");
        browser.record("wrong-password");
        assertThat(browser.path()).startsWith("login");
    }

    @Test
    void a_trainee_typing_an_administrator_address_is_refused() {
        browser.signIn(TestUsers.TRAINEE, TestUsers.DEMO_PASSWORD);
        browser.waitForPath("my-training");

        browser.open("people");

        browser.waitForText("#access-denied", "You don’t have access to this page");
        browser.record("access-denied");
        assertThat(browser.all("#people-grid")).isEmpty();
    }

    @Test
    void signing_out_returns_to_the_sign_in_page() {
        browser.signIn(TestUsers.TRAINER, TestUsers.DEMO_PASSWORD);
        browser.waitForPath("trainer");

        browser.signOut();

        browser.find("vaadin-login-form");
        browser.record("signed-out");
        browser.open("");
        browser.waitForPath("login");
    }
}
