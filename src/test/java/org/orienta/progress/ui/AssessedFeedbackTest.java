package org.orienta.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.base.yaml.ReadContext;
import org.orienta.base.yaml.SafeYaml;
import org.orienta.progress.attempt.AttemptId;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptStatus;
import org.orienta.progress.attempt.ScenarioPlay;
import org.orienta.scenario.Playthrough;
import org.orienta.scenario.ScenarioDefinition;
import org.orienta.scenario.ScenarioYaml;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * When the feedback on a choice is shown: assessed runs hold it until the debrief whatever the item
 * says; practice follows the item's {@code feedback}. The ending's title and debrief follow the state.
 */
@WithUserDetails(TestUsers.TRAINEE)
class AssessedFeedbackTest extends ViewTest {

    private static final String SCENARIO = """
            id: two-steps
            title: Two steps
            summary: Two decisions.
            setting: A shop.
            persona: {name: Sam, age: 40, situation: Buying a kettle., expects: A quick answer.}
            minutes: 3
            sectors: [retail]
            feedback: immediate
            state: {mood: 3, good: 0}
            start: dp-1
            nodes:
              - id: dp-1
                type: decision
                options:
                  - id: warm
                    say: "Good morning!"
                    feedback: Warmly done.
                    evidence: {CO2: 3}
                    effects: {good: +1}
                    next: dp-2
                  - id: cold
                    say: "Next."
                    feedback: Coldly done.
                    evidence: {CO2: 1}
                    next: dp-2
              - id: dp-2
                type: decision
                options:
                  - id: honest
                    say: "It costs 20."
                    feedback: Honestly done.
                    evidence: {CO4: 3}
                    next: end
              - id: end
                type: ending
                outcome: standard
                title:
                  - when: good >= 1
                    text: A warm sale
                  - text: A sale
                debrief:
                  - when: good >= 1
                    text: Your greeting set the tone.
                  - text: The greeting was cold; the price was honest.
            """;

    private static ScenarioDefinition scenario() throws Exception {
        var context = new ReadContext();
        var definition = ScenarioYaml.read(SafeYaml.parse(SCENARIO), context);
        assertThat(context.problems()).isEmpty();
        return definition;
    }

    private static ScenarioPlayer player(ScenarioDefinition scenario, AttemptMode mode) {
        var chosen = new ArrayList<String>();
        return new ScenarioPlayer(
                new ScenarioPlayer.Session() {
                    @Override
                    public ScenarioPlay load() {
                        var run = Playthrough.replay(scenario, 7, chosen);
                        return new ScenarioPlay(
                                new AttemptId(1),
                                mode,
                                run.finished() ? AttemptStatus.COMPLETED : AttemptStatus.IN_PROGRESS,
                                1,
                                scenario,
                                run,
                                chosen.size(),
                                Map.of(),
                                null);
                    }

                    @Override
                    public ScenarioPlay choose(int step, String optionId) {
                        chosen.add(optionId);
                        return load();
                    }

                    @Override
                    public ScenarioPlay reflect(int question, String answer) {
                        return load();
                    }
                },
                () -> {},
                null,
                CompetencyLabels.codesOnly());
    }

    private static String text(ScenarioPlayer player) {
        return player.getElement().getOuterHTML();
    }

    @Test
    void an_assessed_run_shows_no_feedback_until_the_debrief_even_when_the_item_says_immediate() throws Exception {
        var player = player(scenario(), AttemptMode.ASSESSED);

        player.choose("warm");

        assertThat(text(player)).contains("Good morning!").doesNotContain("Warmly done.", "Good choice");

        player.choose("honest");

        assertThat(player.conversation.getElement().getOuterHTML()).doesNotContain("Warmly done.", "Honestly done.");
        assertThat(player.debrief.getElement().getOuterHTML()).contains("Warmly done.", "Honestly done.");
    }

    @Test
    void a_practice_run_shows_the_feedback_after_each_choice_when_the_item_says_immediate() throws Exception {
        var player = player(scenario(), AttemptMode.PRACTICE);

        player.choose("warm");

        assertThat(player.conversation.getElement().getOuterHTML()).contains("Warmly done.");
    }

    @Test
    void the_ending_title_and_debrief_follow_the_path_taken() throws Exception {
        var warm = player(scenario(), AttemptMode.PRACTICE);
        warm.choose("warm");
        warm.choose("honest");
        var cold = player(scenario(), AttemptMode.PRACTICE);
        cold.choose("cold");
        cold.choose("honest");

        assertThat(warm.debrief.getElement().getOuterHTML())
                .contains("A warm sale", "Your greeting set the tone.")
                .doesNotContain("The greeting was cold");
        assertThat(cold.debrief.getElement().getOuterHTML())
                .contains("A sale", "The greeting was cold; the price was honest.")
                .doesNotContain("A warm sale");
    }

    @Test
    void the_options_are_shown_in_the_order_the_attempts_seed_gives() throws Exception {
        var scenario = scenario();
        var player = player(scenario, AttemptMode.ASSESSED);

        var shown = player.choices
                .getChildren()
                .map(c -> c.getId().orElse(""))
                .filter(id -> id.startsWith("option-"))
                .toList();

        assertThat(shown)
                .isEqualTo(
                        Playthrough.optionOrder(scenario.decisions().getFirst().options(), 7, "dp-1").stream()
                                .map(o -> "option-" + o.id())
                                .toList());
        assertThat(List.copyOf(shown)).hasSize(2);
    }
}
