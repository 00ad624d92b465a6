package org.orienta.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orienta.scenario.EndingAttribution.Choice;

class EndingAttributionTest {

    private static final long SEED = 7;

    /** Two decisions; a line every option leads to decides the ending from what earlier choices did. */
    private static final String VERDICT_AT_THE_END = """
            id: blame
            title: Who is to blame
            summary: Two decisions, then a verdict.
            setting: A shop.
            persona: {name: Sam, age: 40, situation: Buying a kettle., expects: A quick answer.}
            minutes: 3
            sectors: [retail]
            state: {mood: 3, hurt: 0, good: 0}
            start: dp-1
            nodes:
              - id: dp-1
                type: decision
                options:
                  - id: rude
                    say: "Next."
                    feedback: Rude.
                    evidence: {CO2: 1}
                    effects: {hurt: +2}
                    next: dp-2
                  - id: polite
                    say: "Hello."
                    feedback: Polite.
                    evidence: {CO2: 3}
                    effects: {good: +1}
                    next: dp-2
              - id: dp-2
                type: decision
                options:
                  - id: sigh
                    say: "(Sighs.)"
                    feedback: Impatient.
                    evidence: {CO4: 1}
                    effects: {mood: -1}
                    next: verdict
                  - id: smile
                    say: "Of course."
                    feedback: Patient.
                    evidence: {CO4: 3}
                    effects: {mood: +1}
                    next: verdict
              - id: verdict
                type: customer
                text: "Well."
                next:
                  - when: hurt >= 2
                    goto: end-low
                  - when: mood >= 3
                    goto: end-standard
                  - goto: end-low
              - id: end-low
                type: ending
                outcome: low
                title: Gone
                debrief: Sam left.
              - id: end-standard
                type: ending
                outcome: standard
                title: Fine
                debrief: Sam bought it.
            """;

    private final ScenarioDefinition verdict = ScenarioFixtures.read(VERDICT_AT_THE_END);

    @Test
    void an_early_choice_that_raised_the_counter_a_later_condition_reads_is_blamed_and_the_harmless_last_one_is_not() {
        var blamed = EndingAttribution.blame(verdict, SEED, List.of("rude", "smile"));

        assertThat(Playthrough.replay(verdict, SEED, List.of("rude", "smile"))
                        .ending()
                        .outcome())
                .isEqualTo("low");
        assertThat(blamed).containsExactly(new Choice("dp-1", "rude"));
    }

    @Test
    void a_choice_that_lowered_the_mood_below_what_a_failed_condition_needed_is_blamed() {
        var blamed = EndingAttribution.blame(verdict, SEED, List.of("polite", "sigh"));

        assertThat(blamed).containsExactly(new Choice("dp-2", "sigh"));
    }

    @Test
    void an_earlier_choice_is_blamed_and_so_is_the_last_when_its_own_option_holds_the_condition() {
        var tiny = ScenarioFixtures.read(ScenarioFixtures.TWO_DECISIONS);

        // cold takes the mood to 1; vague's own next sends a mood of 2 or less to the low ending.
        var blamed = EndingAttribution.blame(tiny, SEED, List.of("cold", "vague"));

        assertThat(Playthrough.replay(tiny, SEED, List.of("cold", "vague"))
                        .ending()
                        .outcome())
                .isEqualTo("low");
        assertThat(blamed).containsExactly(new Choice("dp-1", "cold"), new Choice("dp-2", "vague"));
    }

    @Test
    void an_option_that_links_straight_to_the_ending_is_blamed_alone() {
        var straight = ScenarioFixtures.read(VERDICT_AT_THE_END.replace(
                "        effects: {mood: -1}\n        next: verdict",
                "        effects: {mood: -1}\n        next: end-low"));
        assertThat(straight.toString()).isNotEqualTo(verdict.toString());

        // rude raised hurt, but nothing on sigh's way to the ending reads it.
        assertThat(EndingAttribution.blame(straight, SEED, List.of("rude", "sigh")))
                .containsExactly(new Choice("dp-2", "sigh"));
    }

    @Test
    void a_run_that_does_not_replay_on_this_version_blames_nothing() {
        assertThat(EndingAttribution.blame(verdict, SEED, List.of("rude", "no-such-option")))
                .isEmpty();
        assertThat(EndingAttribution.blame(verdict, SEED, List.of())).isEmpty();
    }
}
