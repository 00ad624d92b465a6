package org.orienta.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
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

/**
 * Issue 25 on a phone: a trainee plays the bundled RP-08 to its end in their own words at 360 px; the
 * customer asks when a reply is not understood, and the debrief shows the words the trainee typed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OwnWordsJourneyIT {

    /**
     * What a trainee might type at each of RP-08's own-words decisions, by the start of the decision's
     * prompt (the page shows the prompt, not the decision's id).
     */
    private static final Map<String, String> REPLIES = Map.of(
            "How do you respond?", "Sure, tell me what's up with the kettle, what went wrong?",
            "She hasn't moved",
                    "I'm sorry, I shouldn't have quoted the rule straight away. What's the problem with it?",
            "An exchange after 14 days",
                    "We have the same one in grey at the same price, I'll get my manager to approve the swap.",
            "She has told you",
                    "Then let's find you one in a matching colour, the grey one, and I'll sort the approval.",
            "Your manager is hesitating",
                    "She spends ten thousand a year with us and the kettle is unused, so we can resell it.",
            "The manager approves",
                    "Thanks for coming in, shall I note your kitchen colour on your card for matching offers?",
            "What do you tell her?",
                    "Honestly there is no clear rule after 14 days, that isn't fair, I'll suggest one to management.");

    @LocalServerPort
    int port;

    @Autowired
    ContentService content;

    private Browser browser;

    @BeforeEach
    void the_bundled_content_pack() {
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
    void a_trainee_plays_rp08_in_own_words_on_a_phone_and_the_debrief_shows_what_they_typed() {
        browser = new Browser("http://localhost:" + port, "OwnWordsJourneyIT/phone", 360, 740);
        // A demo trainee no other journey plays as, so no unfinished attempt opens instead of the start dialog.
        browser.signIn("hugo", TestUsers.DEMO_PASSWORD);
        browser.waitForPath("my-training");
        browser.open("my-training/customer-value");
        browser.click("#item-rp-08");
        browser.find("#start-dialog");
        browser.click("#start-go");
        browser.find("#persona");
        browser.find("#own-words-reply");
        browser.record("own-words-box");
        assertThat(browser.find("#own-words-reply").getSize().getWidth()).isLessThanOrEqualTo(360);

        var typed = new ArrayList<String>();
        while (browser.all("#outcome").isEmpty()) {
            if (browser.all("#own-words-reply").isEmpty()) {
                // A decision the role-play keeps as a choice (an action, not words).
                browser.click(browser.all("#choices .orienta-choice").getFirst());
                continue;
            }
            var prompt = browser.text("#decision-prompt");
            var words = REPLIES.entrySet().stream()
                    .filter(e -> prompt.startsWith(e.getKey()))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no reply written for: " + prompt));
            int bubbles = browser.all("#conversation .orienta-bubble-trainee").size();
            browser.type("#own-words-reply textarea", words);
            browser.click("#own-words-say");
            typed.add(words);
            browser.settle();
            if (!browser.all("#own-words-asks").isEmpty()
                    && browser.all("#conversation .orienta-bubble-trainee").size() == bubbles) {
                // Not understood: the customer asks, and the trainee picks what they meant.
                browser.record("customer-asks");
                browser.click(browser.all("#own-words-unclear .orienta-choice").getFirst());
            }
            browser.waitForText("#conversation", words);
        }
        browser.record("ending");

        var debrief = browser.text("#debrief");
        assertThat(debrief).contains("You said: “" + typed.getFirst() + "”", "understood as");
        assertThat(typed).hasSizeGreaterThanOrEqualTo(3);
        var page = browser.driver().findElement(org.openqa.selenium.By.tagName("body"));
        assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                                .executeScript("return document.documentElement.scrollWidth"))
                        .intValue())
                .as("no sideways scrolling at 360 px")
                .isLessThanOrEqualTo(360);
        assertThat(page.isDisplayed()).isTrue();
    }
}
