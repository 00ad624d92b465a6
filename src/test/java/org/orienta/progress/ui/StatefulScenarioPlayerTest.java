package org.orienta.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.content.ContentService;
import org.orienta.content.ContentSource;
import org.orienta.people.SystemAuthentication;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * RP-01 from the bundled pack, whose customer reacts to the whole conversation: the same node speaks a
 * different line, and the ending differs, depending on the mood and counters earlier choices left.
 */
@WithUserDetails(TestUsers.TRAINEE)
class StatefulScenarioPlayerTest extends ViewTest {

    @Autowired
    AttemptService attempts;

    @Autowired
    ContentService content;

    @BeforeEach
    void bundled_pack() {
        var imported = SystemAuthentication.call(() -> content.importFiles(ContentSource.folder(Path.of("content"))));
        assertThat(imported.problems()).isEmpty();
        var id = attempts.start(new ItemRef(ItemKind.SCENARIO, "rp-01"), AttemptMode.PRACTICE, null);
        UI.getCurrent().navigate("attempt/" + id);
    }

    private void choose(String... options) {
        for (var option : options) {
            test(find(Button.class).id("option-" + option)).click();
        }
    }

    private String conversation() {
        return find(ScenarioPlayer.class).single().getElement().getTextRecursively();
    }

    @Test
    void a_choice_appends_the_new_lines_and_keeps_every_bubble_already_on_screen() {
        var player = find(ScenarioPlayer.class).single();
        choose("greet-warmly");
        var before = player.conversation.getChildren().toList();

        choose("ask-usage");

        var after = player.conversation.getChildren().toList();
        assertThat(after).hasSizeGreaterThan(before.size());
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i)).isSameAs(before.get(i));
        }
    }

    @Test
    void only_the_customer_s_new_line_is_announced_and_focus_goes_to_the_next_decision() {
        var player = find(ScenarioPlayer.class).single();
        assertThat(player.news.getText()).isEmpty();
        assertThat(player.conversation.getElement().hasAttribute("aria-live")).isFalse();

        choose("greet-warmly");

        var announced = player.news.getText();
        assertThat(announced).startsWith("Irina: ");
        assertThat(announced)
                .doesNotContain(player.conversation
                        .getChildren()
                        .filter(c -> c.hasClassName("orienta-bubble-row-trainee"))
                        .reduce((a, b) -> b)
                        .orElseThrow()
                        .getElement()
                        .getTextRecursively());
        var lastCustomerLine = player.conversation
                .getChildren()
                .filter(c -> c.getElement().getTextRecursively().length() > 0)
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(player.news.getElement().getAttribute("aria-live")).isEqualTo("polite");
        assertThat(Focus.last(UI.getCurrent())).containsSame(player.choices);
        assertThat(player.choices.getElement().getAttribute("role")).isEqualTo("group");
        assertThat(lastCustomerLine).isNotNull();
    }

    @Test
    void the_ending_banner_takes_focus_so_that_it_is_read_out() {
        choose("greet-warmly", "ask-usage", "disclose-upfront", "yes-and", "log-pattern");

        var focused = Focus.last(UI.getCurrent()).orElseThrow();
        assertThat(focused.getId()).hasValue("outcome");
        assertThat(focused.getElement().getAttribute("aria-labelledby")).isEqualTo("outcome-name outcome-title");
        assertThat(find(ScenarioPlayer.class).single().choices.isVisible()).isFalse();
    }

    @Test
    void each_decision_shows_its_number_and_a_bound_on_the_total_that_never_grows_and_is_never_passed() {
        var bounds = new java.util.ArrayList<Integer>();
        var path = new String[] {"greet-warmly", "ask-usage", "disclose-upfront", "yes-and"};
        for (int i = 0; i < path.length; i++) {
            var label = find(ScenarioPlayer.class).single().choices.getElement().getTextRecursively();
            var matcher = java.util.regex.Pattern.compile("Decision (\\d+) of (at most )?(\\d+)")
                    .matcher(label);
            assertThat(matcher.find()).as(label).isTrue();
            assertThat(Integer.parseInt(matcher.group(1))).isEqualTo(i + 1);
            bounds.add(Integer.parseInt(matcher.group(3)));
            choose(path[i]);
        }

        assertThat(bounds).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(bounds).allSatisfy(bound -> assertThat(bound).isGreaterThanOrEqualTo(path.length));
    }

    @Test
    void the_same_last_two_choices_win_her_over_after_a_warm_start() {
        choose("greet-warmly", "ask-usage", "disclose-upfront", "yes-and");

        assertThat(conversation()).contains("Thanks, that's clear now. I'll take the package");
    }

    @Test
    void the_same_last_two_choices_after_a_cold_start_only_get_a_grudging_yes() {
        choose("finish-notes", "sorry-slow-system", "default-form", "disclose-upfront", "yes-and");

        assertThat(conversation())
                .contains("Fine, I'll take the package with internet banking. Let's just finish.")
                .doesNotContain("Thanks, that's clear now");
    }

    @Test
    void hiding_the_fee_until_signing_makes_her_angry_and_the_conversation_ends_low() {
        choose("finish-notes", "queue-is-long", "default-form", "extras-later");

        assertThat(conversation()).contains("Sorry? It costs extra? You only tell me now?");

        choose("in-the-leaflet");

        assertThat(conversation()).contains("I'd like to speak to your manager, please.");

        choose("blame-reading");

        assertThat(conversation()).contains("Irina repeats the whole story to the manager", "Low service");
    }
}
