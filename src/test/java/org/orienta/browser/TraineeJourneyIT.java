package org.orienta.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.content.ContentService;
import org.orienta.content.ContentSource;
import org.orienta.people.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.yaml.snakeyaml.Yaml;

/**
 * A demo trainee's day, by clicking in Chromium: the bundled RP-01 played to its WOW ending, a quiz and
 * an exercise completed, the results on My training; and the player at phone width.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TraineeJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    ContentService content;

    private Browser browser;

    @BeforeEach
    void the_bundled_content_pack() {
        // The test profile imports nothing at start; this journey plays the real pack. Importing twice changes nothing.
        var imported = SystemAuthentication.call(() -> content.importFiles(ContentSource.folder(Path.of("content"))));
        assertThat(imported.problems()).isEmpty();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private void startItem(String module, String item) {
        browser.open("my-training/" + module);
        browser.click("#item-" + item);
        browser.find("#start-dialog");
        browser.click("#start-go");
    }

    @Test
    void a_trainee_plays_rp01_to_wow_completes_a_quiz_and_an_exercise_and_sees_the_results() throws IOException {
        browser = new Browser("http://localhost:" + port, "TraineeJourneyIT/full-day", 1280, 1000);
        browser.signIn(TestUsers.TRAINEE, TestUsers.DEMO_PASSWORD);
        browser.waitForPath("my-training");
        browser.record("my-training");

        startItem("ownership-and-commitments", "rp-01");
        browser.find("#persona");
        for (var option : List.of("greet-warmly", "ask-usage", "disclose-upfront", "yes-and", "log-pattern")) {
            browser.click("#option-" + option);
        }
        browser.waitForText("#outcome", "WOW service");
        browser.record("rp-01-wow");

        startItem("ownership-and-commitments", "quiz-ownership-commitments");
        var answers = correctOptionTexts(Path.of("content/quizzes/quiz-ownership-commitments.yaml"));
        while (browser.all("#quiz-answer").size() > 0) {
            var question = browser.find("#quiz-body h3").getText();
            var right = answers.get(question.strip());
            browser.click(browser.all("#quiz-single vaadin-radio-button").stream()
                    .filter(r -> r.getText().strip().equals(right))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no option '" + right + "' for: " + question)));
            browser.click("#quiz-answer");
            // Assessed quizzes hold the feedback for the review at the end: no "Next question" step then.
            if (!browser.all("#quiz-next").isEmpty()) {
                browser.click("#quiz-next");
            }
        }
        browser.waitForText("#quiz-result", "Passed");
        browser.record("quiz-passed");

        startItem("service-levels", "sx-01");
        var keys = classifyKey(Path.of("content/exercises/sx-01.yaml"));
        for (var entry : keys.entrySet()) {
            browser.click(browser.all("#classify-" + entry.getKey() + " vaadin-radio-button").stream()
                    .filter(r -> r.getText().strip().equals(entry.getValue()))
                    .findFirst()
                    .orElseThrow());
        }
        browser.click("#exercise-submit");
        browser.waitForText("#exercise-result", "100% correct");
        browser.record("exercise-done");

        browser.open("my-training");
        browser.waitForText("#results", "WOW ending");
        var results = browser.text("#results");
        assertThat(results).contains("The internet-banking surprise", "passed", "100%");
        browser.record("results");
    }

    /**
     * Issue 18's proof on the bundled pack, clicking in the browser as a gaming trainee would: options
     * appear in the attempt's own order, so always taking the first one shown, or always the longest,
     * must not lead to WOW (at most one role-play of the pack may allow it).
     */
    @Test
    void a_trainee_who_always_clicks_the_first_or_the_longest_option_does_not_reach_wow() throws IOException {
        browser = new Browser("http://localhost:" + port, "TraineeJourneyIT/naive-strategies", 1280, 1000);
        // A demo trainee no other journey plays as: an unfinished attempt would open instead of the start dialog.
        browser.signIn("farid", TestUsers.DEMO_PASSWORD);
        browser.waitForPath("my-training");
        var rolePlays = rolePlayModules(Path.of("content/modules"));
        assertThat(rolePlays).hasSizeGreaterThanOrEqualTo(20);

        var wow = new java.util.TreeMap<String, List<String>>();
        for (var strategy : List.of("first", "longest")) {
            for (var entry : rolePlays.entrySet()) {
                browser.open("my-training/" + entry.getValue());
                browser.click("#item-" + entry.getKey());
                browser.settle();
                if (!browser.all("#start-dialog").isEmpty()) {
                    browser.click("#start-go");
                }
                browser.find("#persona");
                while (browser.all("#outcome").isEmpty()) {
                    if (!browser.all("#own-words-reply").isEmpty()) {
                        // An own-words decision: a reply no option covers makes the customer ask, and then
                        // every option is offered as a button, in its own shuffled order.
                        browser.type("#own-words-reply textarea", "qwerty uiop");
                        browser.click("#own-words-say");
                        browser.find("#own-words-asks");
                    }
                    var options = browser.all(".orienta-choice");
                    assertThat(options)
                            .as(entry.getKey() + ": neither options nor an ending")
                            .isNotEmpty();
                    var pick = strategy.equals("first")
                            ? options.getFirst()
                            : options.stream()
                                    .max(java.util.Comparator.comparingInt((org.openqa.selenium.WebElement o) ->
                                            o.getText().length()))
                                    .orElseThrow();
                    browser.click(pick);
                }
                if (browser.find("#outcome").getAttribute("class").contains("orienta-outcome-wow")) {
                    wow.computeIfAbsent(strategy, k -> new java.util.ArrayList<>())
                            .add(entry.getKey());
                }
            }
        }
        browser.record("naive-strategies-done");
        assertThat(wow.getOrDefault("first", List.of()))
                .as("role-plays where always the first option shown reaches WOW")
                .hasSizeLessThanOrEqualTo(1);
        assertThat(wow.getOrDefault("longest", List.of()))
                .as("role-plays where always the longest option reaches WOW")
                .hasSizeLessThanOrEqualTo(1);
    }

    /** Role-play key → the first module that holds it, as the bundled modules list them. */
    @SuppressWarnings("unchecked")
    static Map<String, String> rolePlayModules(Path folder) throws IOException {
        var result = new java.util.TreeMap<String, String>();
        try (var files = Files.list(folder)) {
            for (var file : files.sorted().toList()) {
                Map<String, Object> module = new Yaml().load(Files.readString(file));
                for (var item : (List<Map<String, Object>>) module.get("items")) {
                    if (item.get("scenario") instanceof String key) {
                        result.putIfAbsent(key, (String) module.get("id"));
                    }
                }
            }
        }
        return result;
    }

    @Test
    void the_role_play_works_at_phone_width() {
        browser = new Browser("http://localhost:" + port, "TraineeJourneyIT/phone", 360, 780);
        browser.signIn("ben", TestUsers.DEMO_PASSWORD);
        browser.waitForPath("my-training");
        browser.record("my-training-360");
        startItem("ownership-and-commitments", "rp-01");
        browser.click("#option-greet-warmly");
        // Focus has moved on to the next decision, below the persona card that holds the meter.
        browser.reveal("#mood-meter");
        browser.record("player-360");
        var width = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).as("no sideways scrolling").isLessThanOrEqualTo(360);
    }

    /** Question text → the text of its correct option, read from the quiz file as the trainer wrote it. */
    @SuppressWarnings("unchecked")
    static Map<String, String> correctOptionTexts(Path file) throws IOException {
        Map<String, Object> quiz = new Yaml().load(Files.readString(file));
        var answers = new java.util.HashMap<String, String>();
        for (var question : (List<Map<String, Object>>) quiz.get("questions")) {
            if ("single".equals(question.get("type"))) {
                var right = ((List<Map<String, Object>>) question.get("options"))
                        .stream()
                                .filter(o -> Boolean.TRUE.equals(o.get("correct")))
                                .findFirst()
                                .orElseThrow();
                answers.put(
                        String.valueOf(question.get("text")).strip(),
                        String.valueOf(right.get("text")).strip());
            }
        }
        return answers;
    }

    /** Item id → the label of its right category. */
    @SuppressWarnings("unchecked")
    static Map<String, String> classifyKey(Path file) throws IOException {
        Map<String, Object> exercise = new Yaml().load(Files.readString(file));
        var labels = new java.util.HashMap<String, String>();
        for (var category : (List<Map<String, Object>>) exercise.get("categories")) {
            labels.put(String.valueOf(category.get("id")), String.valueOf(category.get("label")));
        }
        var key = new java.util.LinkedHashMap<String, String>();
        for (var item : (List<Map<String, Object>>) exercise.get("items")) {
            key.put(String.valueOf(item.get("id")), labels.get(String.valueOf(item.get("answer"))));
        }
        return key;
    }
}
