package org.orienta.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.content.ContentService;
import org.orienta.progress.ProgressFixtures;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptService;
import org.orienta.progress.attempt.UnclearReplyRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Playing a role-play in one's own words, with the bundled model (issue 25). */
@WithUserDetails(TestUsers.TRAINEE)
class OwnWordsPlayerTest extends ViewTest {

    @Autowired
    AttemptService attempts;

    @Autowired
    ContentService content;

    @Autowired
    UnclearReplyRepository unclear;

    @BeforeEach
    void content() {
        ProgressFixtures.importTestContentWithOwnWords(content);
    }

    private ScenarioPlayer open() {
        var id = attempts.start(new ItemRef(ItemKind.SCENARIO, "kettle-talk"), AttemptMode.PRACTICE, null);
        UI.getCurrent().navigate("attempt/" + id);
        return find(ScenarioPlayer.class).single();
    }

    private void say(String words) {
        test(find(TextArea.class).id("own-words-reply")).setValue(words);
        test(find(Button.class).id("own-words-say")).click();
    }

    @Test
    void an_own_words_decision_offers_a_box_to_type_in_and_no_option_buttons() {
        var player = open();

        assertThat(find(TextArea.class).id("own-words-reply").isVisible()).isTrue();
        assertThat(find(Button.class).all()).noneMatch(b -> b.getId().orElse("").startsWith("option-"));
        assertThat(player.choices.getElement().getTextRecursively()).doesNotContain("Do you have the receipt?");
    }

    @Test
    void a_reply_that_matches_goes_down_its_option_with_my_own_words_in_the_bubble() {
        var player = open();

        say("Oh, I'm sorry it broke so soon. Let me check it and we'll put it right.");

        var bubbles = player.conversation
                .getElement()
                .getChildren()
                .map(c -> c.getTextRecursively())
                .toList();
        // My words in the bubble, what they were understood as beneath it, then the option's branch.
        assertThat(bubbles)
                .contains("Oh, I'm sorry it broke so soon. Let me check it and we'll put it right."
                        + "Understood as: “I'm sorry about that. Let me take a look and we'll sort it out for you.”"
                        + "Good choice")
                .contains("SamSo can I get a new one?");
        assertThat(player.choices.getElement().getTextRecursively()).contains("What do you offer?");
    }

    @Test
    void an_off_topic_reply_makes_the_customer_ask_and_offers_the_options_to_choose_from() {
        var player = open();

        say("Did you watch the football match last night?");

        assertThat(find(Div.class).id("own-words-asks").getElement().getTextRecursively())
                .isEqualTo("Sorry? I’m not sure what that has to do with me.");
        assertThat(find(Button.class).all())
                .filteredOn(b -> b.getId().orElse("").startsWith("closest-"))
                .extracting(b -> b.getId().orElseThrow())
                .containsExactlyInAnyOrder("closest-sorry-help", "closest-receipt-first");
        assertThat(player.conversation.getElement().getTextRecursively()).doesNotContain("So can I get a new one?");
        assertThat(unclear.findByItemKeyOrderByCreatedAtDesc("kettle-talk"))
                .singleElement()
                .satisfies(r -> assertThat(r.offTopic()).isTrue());
    }

    @Test
    void choosing_after_the_customer_asked_keeps_my_words_with_the_option_i_chose() {
        var player = open();
        say("Did you watch the football match last night?");

        test(find(Button.class).id("closest-receipt-first")).click();

        assertThat(player.conversation.getElement().getTextRecursively())
                .contains("Did you watch the football match last night?", "So can I get a new one?");
    }

    @Test
    void an_empty_reply_is_refused_in_place_and_nothing_is_recorded() {
        var player = open();

        say("   ");

        assertThat(find(TextArea.class).id("own-words-reply").isInvalid()).isTrue();
        assertThat(player.conversation.getElement().getTextRecursively()).doesNotContain("So can I get a new one?");
    }

    @Test
    void the_debrief_shows_what_i_typed_and_what_it_was_understood_as() {
        var player = open();
        say("Oh, I'm sorry it broke so soon. Let me check it and we'll put it right.");

        say("Sure thing, I'll just give you a brand new kettle from the shelf right away.");

        assertThat(player.debrief.getElement().getTextRecursively())
                .contains(
                        "1. You said: “Oh, I'm sorry it broke so soon",
                        "understood as “I'm sorry about that.",
                        "2. You said: “Sure thing, I'll just give you a brand new kettle");
    }

    @Test
    void in_a_language_the_model_does_not_cover_the_trainee_chooses_and_the_page_says_why() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("hr"));
        open();

        assertThat(find(Paragraph.class).id("own-words-unavailable").getText())
                .isEqualTo(
                        "Odgovaranje vlastitim riječima ovdje radi samo na engleskom, pa odaberite što biste rekli.");
        assertThat(find(Button.class).id("option-sorry-help").isVisible()).isTrue();
        assertThat(find(TextArea.class).withId("own-words-reply").all()).isEmpty();
    }
}
