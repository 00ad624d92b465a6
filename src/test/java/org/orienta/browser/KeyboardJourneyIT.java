package org.orienta.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
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
 * A trainee who uses only the keyboard (issue 26): a role-play to its ending, an ordering exercise and
 * a quiz, counting the Tab presses each action takes and checking where focus lands after it, which
 * must always be the next meaningful element and never the page body.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class KeyboardJourneyIT {

    /** Enough for any page here; a search that needs more is lost focus, not a long page. */
    private static final int MOST_TABS = 40;

    @LocalServerPort
    int port;

    @Autowired
    ContentService content;

    private Browser browser;
    /** Tab presses per action, printed at the end as the journey's keyboard cost. */
    private final Map<String, Integer> tabs = new LinkedHashMap<>();

    @BeforeEach
    void the_bundled_content_pack() {
        var imported = SystemAuthentication.call(() -> content.importFiles(ContentSource.folder(Path.of("content"))));
        assertThat(imported.problems()).isEmpty();
    }

    @AfterEach
    void stop() {
        System.out.println("KeyboardJourneyIT Tab presses per action: " + tabs);
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_trainee_completes_a_role_play_an_ordering_and_a_quiz_by_keyboard_alone() throws IOException {
        browser = new Browser("http://localhost:" + port, "KeyboardJourneyIT", 1280, 1000);
        // A trainee no other journey plays as: every item starts with its start dialog.
        browser.signIn("daniel", TestUsers.DEMO_PASSWORD);
        browser.waitForPath("my-training");

        // The skip link is the first stop on a page and takes focus past the header and the menu.
        browser.open("my-training/ownership-and-commitments");
        press(Keys.TAB);
        assertThat(focused()).isEqualTo("skip-link");
        press(Keys.ENTER);
        assertThat(focused()).isEqualTo("main-content");

        start("rp-01");
        browser.find("#persona");
        var path = List.of("greet-warmly", "ask-usage", "disclose-upfront", "yes-and", "log-pattern");
        for (int i = 0; i < path.size(); i++) {
            int presses = tabTo("option-" + path.get(i));
            tabs.put("role-play choice " + (i + 1), presses);
            assertThat(presses).as("Tabs to option %s", path.get(i)).isLessThanOrEqualTo(i == 0 ? 12 : 4);
            press(Keys.ENTER);
            // After a choice focus is on the next decision's options, or on the ending.
            assertThat(focused()).isEqualTo(i < path.size() - 1 ? "choices" : "outcome");
        }
        browser.waitForText("#outcome", "WOW service");
        browser.record("role-play-by-keyboard");

        browser.open("my-training/service-levels");
        start("sx-10");
        browser.find("#order-list");
        var order = orderKey(Path.of("content/exercises/sx-10.yaml"));
        int moves = 0;
        int movePresses = 0;
        for (int position = 0; position < order.size(); position++) {
            var id = order.get(position);
            boolean first = true;
            while (shownOrder().indexOf(id) > position) {
                int presses = tabTo("order-up-" + id);
                // Reaching an item costs Tabs; moving it again costs none, as focus stays on its arrow.
                if (!first) {
                    assertThat(presses).as("Tabs to move %s once more", id).isZero();
                }
                first = false;
                movePresses += presses;
                press(Keys.ENTER);
                moves++;
                int now = shownOrder().indexOf(id);
                // Focus stays on the moved item (its up arrow, or its down arrow once it is at the top) ...
                assertThat(focused()).isEqualTo((now == 0 ? "order-down-" : "order-up-") + id);
                // ... and its new place is announced.
                assertThat(browser.text("#order-status")).contains("position " + (now + 1) + " of " + order.size());
            }
        }
        tabs.put("ordering: " + moves + " moves", movePresses);
        assertThat(shownOrder()).isEqualTo(order);
        // The issue's audit needed 119 Tab presses for 13 moves, most of them to find the moved item again.
        assertThat(movePresses).isLessThan(119 * moves / 13);
        tabs.put("ordering: submit", tabTo("exercise-submit"));
        press(Keys.ENTER);
        browser.waitForText("#exercise-result", "100% correct");
        browser.record("ordering-by-keyboard");

        browser.open("my-training/ownership-and-commitments");
        start("quiz-ownership-commitments");
        var answers = TraineeJourneyIT.correctOptionTexts(Path.of("content/quizzes/quiz-ownership-commitments.yaml"));
        int question = 0;
        while (!browser.all("#quiz-answer").isEmpty()) {
            question++;
            var text = browser.find("#quiz-question").getText().strip();
            var right = answers.get(text);
            // Into the radio group (one stop), then the arrow keys choose.
            int presses = tabTo("quiz-single");
            for (int i = 0; i < 10 && !right.equals(focusedText()); i++) {
                press(Keys.ARROW_DOWN);
            }
            assertThat(focusedText()).isEqualTo(right);
            press(Keys.SPACE);
            presses += tabTo("quiz-answer");
            tabs.put("quiz question " + question, presses);
            // The first question follows a page load (past the skip link and the header); each later
            // one starts from the question that Answer focused.
            assertThat(presses).isLessThanOrEqualTo(question == 1 ? 14 : 3);
            press(Keys.ENTER);
            if (!browser.all("#quiz-next").isEmpty()) {
                assertThat(focused()).startsWith("review-");
                tabTo("quiz-next");
                press(Keys.ENTER);
            }
            // After Answer (or Next) focus is on the next question, or on the result at the end.
            assertThat(focused()).isIn("quiz-question", "quiz-outcome");
        }
        assertThat(focused()).isEqualTo("quiz-outcome");
        browser.waitForText("#quiz-result", "Passed");
        browser.record("quiz-by-keyboard");
    }

    /** From the module page: Tab to the item, Enter, Tab to Start in the dialog, Enter. */
    private void start(String item) {
        tabs.put("open " + item, tabTo("item-" + item));
        press(Keys.ENTER);
        browser.find("#start-dialog");
        tabs.put("start " + item, tabTo("start-go"));
        press(Keys.ENTER);
    }

    private void press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
        browser.settle();
    }

    /** Presses Tab until the element with this id (or one inside it) has focus; returns how many presses. */
    private int tabTo(String id) {
        for (int presses = 0; presses <= MOST_TABS; presses++) {
            if (focusIsIn(id)) {
                return presses;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("#" + id + " not reached in " + MOST_TABS + " Tab presses; focus is on " + focused());
    }

    private boolean focusIsIn(String id) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript("""
                let el = document.activeElement;
                while (el && el.shadowRoot && el.shadowRoot.activeElement) { el = el.shadowRoot.activeElement; }
                for (; el; el = el.parentNode || el.host) { if (el.id === arguments[0]) return true; }
                return false;""", id));
    }

    /** The id of the focused element or of its nearest ancestor with one: "body" if focus was lost. */
    private String focused() {
        // Focus moves in the next animation frame after the server's answer.
        ((JavascriptExecutor) browser.driver())
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + " requestAnimationFrame(() => requestAnimationFrame(() => done()));");
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript("""
                let el = document.activeElement;
                if (!el || el === document.body) return 'body';
                while (el && el.shadowRoot && el.shadowRoot.activeElement) { el = el.shadowRoot.activeElement; }
                for (; el; el = el.parentNode || el.host) { if (el.id) return el.id; }
                return 'body';"""));
    }

    /** The visible label of the focused radio button. */
    private String focusedText() {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript("""
                let el = document.activeElement;
                const radio = el && el.closest('vaadin-radio-button');
                return radio ? radio.textContent.trim() : '';"""))
                .strip();
    }

    private List<String> shownOrder() {
        var ids = new ArrayList<String>();
        for (var row : browser.all("#order-list .orienta-order-row")) {
            ids.add(row.getDomAttribute("id").substring("order-".length()));
        }
        return ids;
    }

    /** The steps of an ordering exercise in their right order, as the file lists them. */
    @SuppressWarnings("unchecked")
    static List<String> orderKey(Path file) throws IOException {
        Map<String, Object> exercise = new Yaml().load(Files.readString(file));
        return ((List<Map<String, Object>>) exercise.get("steps"))
                .stream().map(s -> (String) s.get("id")).toList();
    }
}
