package org.orienta.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orienta.base.FieldProblem;

class ScenarioRulesTest {

    private List<FieldProblem> problems(String yaml) {
        return ScenarioRules.check(ScenarioFixtures.read(yaml), ScenarioFixtures.CODES);
    }

    @Test
    void a_well_formed_scenario_has_no_problems() {
        assertThat(problems(ScenarioFixtures.TWO_DECISIONS)).isEmpty();
    }

    @Test
    void an_option_pointing_to_a_missing_node_is_named_by_its_path() {
        assertThat(problems(ScenarioFixtures.TWO_DECISIONS.replace(
                        "next: reply\n      - id: cold", "next: replly\n      - id: cold")))
                .contains(FieldProblem.of("nodes/dp-1/options/warm/next", "scenario.targetMissing", "replly"));
    }

    @Test
    void a_missing_start_node_is_reported() {
        assertThat(problems(ScenarioFixtures.TWO_DECISIONS.replace("start: hello", "start: hallo")))
                .contains(FieldProblem.of("start", "scenario.startMissing", "hallo"));
    }

    @Test
    void unreachable_nodes_are_reported() {
        var extra = ScenarioFixtures.TWO_DECISIONS + """
                  - id: orphan
                    type: narration
                    text: Nobody gets here.
                    next: end-low
                """;

        assertThat(problems(extra)).containsExactly(FieldProblem.of("nodes/orphan", "scenario.unreachable", "orphan"));
    }

    @Test
    void a_loop_without_a_way_out_is_told_apart_from_a_dead_end() {
        var loop = ScenarioFixtures.TWO_DECISIONS.replace("""
                      - id: vague
                        say: "It's cheap."
                        feedback: Vague.
                        evidence: {CO4: 1}
                        next:
                          - when: mood <= 2
                            goto: end-low
                          - goto: end-standard
                """, """
                      - id: vague
                        say: "It's cheap."
                        feedback: Vague.
                        evidence: {CO4: 1}
                        next: circle
                  - id: circle
                    type: narration
                    text: Round and round.
                    next: circle
                """);

        assertThat(problems(loop))
                .contains(FieldProblem.of("nodes/circle", "scenario.loopWithoutExit", "circle"))
                .doesNotContain(FieldProblem.of("nodes/circle", "scenario.noEnding", "circle"));
    }

    @Test
    void conditions_and_effects_may_only_use_declared_counters() {
        assertThat(problems(ScenarioFixtures.TWO_DECISIONS.replace("effects: {good: +1}", "effects: {trust: +1}")))
                .containsExactly(
                        FieldProblem.of("nodes/dp-2/options/honest/effects", "scenario.unknownCounter", "trust"));
        assertThat(problems(ScenarioFixtures.TWO_DECISIONS.replace("- when: good >= 2", "- when: trust >= 2")))
                .containsExactly(
                        FieldProblem.of("nodes/dp-2/options/honest/next/0/when", "scenario.unknownCounter", "trust"));
    }

    @Test
    void evidence_must_name_a_competency_of_the_framework() {
        assertThat(problems(ScenarioFixtures.TWO_DECISIONS.replace("evidence: {CO4: 3}", "evidence: {CO9: 3}")))
                .containsExactly(
                        FieldProblem.of("nodes/dp-2/options/honest/evidence", "evidence.unknownCompetency", "CO9"));
    }

    @Test
    void the_last_line_and_the_last_branch_must_be_unconditional() {
        assertThat(problems(ScenarioFixtures.TWO_DECISIONS.replace(
                        "  - text: \"Thanks!\"", "  - when: mood > 2\n        text: \"Thanks!\"")))
                .containsExactly(FieldProblem.of("nodes/reply/lines/1", "scenario.lastLineConditional"));
        assertThat(problems(ScenarioFixtures.TWO_DECISIONS.replace(
                        "      - goto: end-standard\n      - id: vague",
                        "      - when: good < 2\n            goto: end-standard\n      - id: vague")))
                .contains(FieldProblem.of("nodes/dp-2/options/honest/next/1", "scenario.lastBranchConditional"));
    }

    @Test
    void a_decision_needs_an_option_that_is_always_offered() {
        var yaml = ScenarioFixtures.TWO_DECISIONS
                .replace("  - id: warm\n", "  - id: warm\n        when: mood >= 3\n")
                .replace("  - id: cold\n", "  - id: cold\n        when: mood < 3\n");

        assertThat(problems(yaml))
                .containsExactly(FieldProblem.of("nodes/dp-1/options", "scenario.noUnconditionalOption", "dp-1"));
    }

    @Test
    void duplicate_node_and_option_ids_are_reported() {
        var yaml = ScenarioFixtures.TWO_DECISIONS
                .replace("  - id: vague\n", "  - id: warm\n")
                .replace("  - id: end-wow\n", "  - id: end-low\n");

        assertThat(problems(yaml))
                .extracting(FieldProblem::messageKey)
                .contains("scenario.duplicateNode", "scenario.duplicateOption");
    }

    private static final String GUESS = ScenarioFixtures.SHUFFLED_WITH_DRAW;

    @Test
    void shuffled_options_drawn_values_and_conditional_endings_are_well_formed() {
        assertThat(problems(GUESS)).isEmpty();
    }

    @Test
    void switching_shuffling_off_needs_a_reason() {
        assertThat(problems(GUESS.replace("state: {mood: 3, hurt: 0}", "shuffle: false\nstate: {mood: 3, hurt: 0}")))
                .containsExactly(FieldProblem.of("shuffle", "scenario.shuffleReason"));
        assertThat(problems(GUESS.replace(
                        "state: {mood: 3, hurt: 0}",
                        "shuffle: false\nshuffle_reason: Steps of a procedure.\nstate: {mood: 3, hurt: 0}")))
                .isEmpty();
    }

    @Test
    void a_condition_may_only_name_a_drawn_value_that_was_declared() {
        assertThat(problems(GUESS.replace(
                        "- when: dislike == noise\n        text", "- when: dislike == nosie\n        text")))
                .containsExactly(FieldProblem.of(
                        "nodes/hello/lines/0/when",
                        "scenario.unknownDrawValue",
                        "dislike",
                        "nosie",
                        "noise, waiting, small-talk"));
        assertThat(problems(GUESS.replace("when: dislike != small-talk", "when: dislikes != small-talk")))
                .containsExactly(
                        FieldProblem.of("nodes/dp-1/options/chat/next/0/when", "scenario.unknownCounter", "dislikes"));
    }

    @Test
    void a_drawn_name_is_compared_with_values_and_a_counter_with_numbers() {
        assertThat(problems(GUESS.replace("when: dislike != small-talk", "when: dislike >= 1")))
                .containsExactly(FieldProblem.of(
                        "nodes/dp-1/options/chat/next/0/when",
                        "scenario.drawnNeedsValue",
                        "dislike",
                        "noise, waiting, small-talk"));
        assertThat(problems(GUESS.replace("when: hurt >= 1", "when: hurt == noise")))
                .containsExactly(FieldProblem.of(
                        "nodes/end-standard/title/0/when", "scenario.counterNeedsNumber", "hurt", "noise"));
    }

    @Test
    void an_effect_cannot_change_a_drawn_value() {
        assertThat(problems(GUESS.replace("effects: {hurt: +1}", "effects: {dislike: +1}")))
                .containsExactly(
                        FieldProblem.of("nodes/dp-1/options/chat/effects", "scenario.effectOnDrawn", "dislike"));
    }

    @Test
    void a_conditional_ending_text_needs_a_last_line_without_condition() {
        assertThat(problems(GUESS.replace(
                        "  - text: Ben was served.", "  - when: hurt >= 1\n        text: Ben was served.")))
                .containsExactly(FieldProblem.of("nodes/end-standard/debrief/1", "scenario.lastLineConditional"));
    }
}
