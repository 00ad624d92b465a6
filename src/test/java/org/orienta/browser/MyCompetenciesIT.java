package org.orienta.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A demo trainee with six months of history, in the production jar: the chart, a level opened down to
 * the decision that produced its evidence, and a recommendation followed; and the page at phone width.
 */
class MyCompetenciesIT {

    @TempDir
    Path dataDir;

    @Test
    void a_trainee_follows_a_level_to_the_decision_behind_it_and_then_a_recommendation() {
        try (var orienta = new OrientaProcess(dataDir, Map.of("ORIENTA_ADMIN_PASSWORD", "journey operator phrase"));
                var browser = startAndSignIn(orienta, "MyCompetenciesIT/level-to-decision", 1280)) {
            assertThat(browser.find("#recommendations").getText())
                    .as("what to learn next, on My training too")
                    .contains("Start");

            browser.open("my-competencies");
            var chart = browser.find("#profile-chart");
            assertThat(chart.getDomProperty("innerHTML")).contains("<title", "CO1");
            browser.record("chart");

            browser.click("#competency-CO2 vaadin-details-summary");
            browser.find("#competency-CO2 .orienta-evidence-item");
            // Quiz answers read "Question: … You answered …"; a role-play choice reads "You said …".
            var evidence = browser.all("#competency-CO2 .orienta-evidence-item").stream()
                    .filter(e -> e.findElement(By.tagName("p")).getText().startsWith("You said"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no role-play choice among CO2's evidence"));
            var said = evidence.findElement(By.tagName("p")).getText();
            browser.record("level-opened");

            browser.click(evidence.findElement(By.cssSelector("a[id^=evidence-]")));
            var decision = browser.find(".orienta-path-item.orienta-focused");
            assertThat(browser.path()).startsWith("attempt/");
            assertThat(decision.getText())
                    .as("the highlighted decision is the one the evidence quoted")
                    .contains(said.replaceFirst("^You said: ", "")
                            .replace("“", "")
                            .replace("”", ""));
            browser.record("decision");

            browser.open("my-competencies");
            browser.click("#recommendations vaadin-button");
            browser.find("#start-dialog, #module-view");
            browser.record("recommendation-followed");
        }
    }

    @Test
    void my_competencies_fits_a_phone() {
        try (var orienta = new OrientaProcess(dataDir, Map.of("ORIENTA_ADMIN_PASSWORD", "journey operator phrase"));
                var browser = startAndSignIn(orienta, "MyCompetenciesIT/phone", 360)) {
            browser.open("my-competencies");
            browser.find("#profile-chart");
            browser.record("phone");
            var sideways = ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollWidth;");
            assertThat(((Number) sideways).intValue())
                    .as("no sideways scrolling")
                    .isLessThanOrEqualTo(360);
        }
    }

    private static Browser startAndSignIn(OrientaProcess orienta, String journey, int width) {
        orienta.start();
        var browser = new Browser(orienta.baseUrl(), journey, width, 900);
        browser.signIn("anna", "orienta-demo");
        browser.waitForPath("my-training");
        return browser;
    }
}
