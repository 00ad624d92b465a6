package org.orienta.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orienta.scenario.Playthrough.ChoiceEntry;
import org.orienta.scenario.Playthrough.CustomerEntry;

class PlaythroughTest {

    private static final long SEED = 42;

    private final ScenarioDefinition tiny = ScenarioFixtures.read(ScenarioFixtures.TWO_DECISIONS);

    @Test
    void a_new_run_shows_the_opening_lines_and_waits_at_the_first_decision() {
        var run = Playthrough.replay(tiny, SEED, List.of());

        assertThat(run.transcript()).singleElement().isInstanceOf(CustomerEntry.class);
        assertThat(run.decision().id()).isEqualTo("dp-1");
        assertThat(run.options()).extracting(ScenarioNode.Option::id).containsExactlyInAnyOrder("warm", "cold");
        assertThat(run.finished()).isFalse();
    }

    @Test
    void the_customer_reacts_to_the_state_earlier_choices_left() {
        var warm = Playthrough.replay(tiny, SEED, List.of("warm"));
        var cold = Playthrough.replay(tiny, SEED, List.of("cold"));

        assertThat(((CustomerEntry) warm.transcript().getLast()).text().english())
                .isEqualTo("Thanks!");
        assertThat(((CustomerEntry) cold.transcript().getLast()).text().english())
                .isEqualTo("Whatever.");
        assertThat(cold.state()).isEqualTo(new ScenarioState(1, Map.of("good", 0)));
    }

    @Test
    void the_ending_depends_on_the_whole_conversation_not_only_the_last_choice() {
        assertThat(Playthrough.replay(tiny, SEED, List.of("warm", "honest"))
                        .ending()
                        .outcome())
                .isEqualTo("wow");
        assertThat(Playthrough.replay(tiny, SEED, List.of("cold", "honest"))
                        .ending()
                        .outcome())
                .isEqualTo("standard");
        assertThat(Playthrough.replay(tiny, SEED, List.of("cold", "vague"))
                        .ending()
                        .outcome())
                .isEqualTo("low");
        assertThat(Playthrough.replay(tiny, SEED, List.of("warm", "vague"))
                        .ending()
                        .outcome())
                .isEqualTo("standard");
    }

    @Test
    void each_choice_records_what_it_demonstrated() {
        var run = Playthrough.replay(tiny, SEED, List.of("warm", "honest"));

        assertThat(run.choices()).extracting(c -> c.option().id()).containsExactly("warm", "honest");
        assertThat(run.choices())
                .flatExtracting(ChoiceEntry::evidence)
                .extracting(e -> e.competency().value())
                .containsExactly("CO2", "CO4");
    }

    @Test
    void carrying_a_run_on_by_one_choice_gives_the_run_a_replay_through_that_choice_gives() {
        for (var path : List.of(
                List.of("warm", "honest"),
                List.of("warm", "vague"),
                List.of("cold", "honest"),
                List.of("cold", "vague"))) {
            var run = Playthrough.replay(tiny, SEED, List.of());
            for (int i = 0; i < path.size(); i++) {
                run = run.choose(tiny, SEED, path.get(i));
                assertThat(run).isEqualTo(Playthrough.replay(tiny, SEED, path.subList(0, i + 1)));
            }
        }
    }

    @Test
    void an_ended_run_takes_no_more_choices_and_an_option_not_offered_is_refused() {
        var ended = Playthrough.replay(tiny, SEED, List.of("warm", "honest"));
        assertThatThrownBy(() -> ended.choose(tiny, SEED, "warm")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Playthrough.replay(tiny, SEED, List.of()).choose(tiny, SEED, "honest"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not offered at dp-1");
    }

    @Test
    void a_run_names_its_ending_once_it_has_one_and_refuses_to_while_waiting_at_a_decision() {
        assertThat(Playthrough.replay(tiny, SEED, List.of("warm", "honest"))
                        .ended()
                        .outcome())
                .isEqualTo("wow");
        assertThatThrownBy(() -> Playthrough.replay(tiny, SEED, List.of("warm")).ended())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_option_not_offered_at_that_point_is_refused() {
        assertThatThrownBy(() -> Playthrough.replay(tiny, SEED, List.of("honest")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not offered at dp-1");
        assertThatThrownBy(() -> Playthrough.replay(tiny, SEED, List.of("warm", "honest", "warm")))
                .hasMessageContaining("ended before choice 3");
    }

    @Test
    void a_run_can_start_from_any_node_with_a_chosen_state() {
        var run = Playthrough.replay(tiny, "reply", new ScenarioState(1, Map.of("good", 0)), SEED, List.of());

        assertThat(((CustomerEntry) run.transcript().getFirst()).text().english())
                .isEqualTo("Whatever.");
        assertThat(run.decision().id()).isEqualTo("dp-2");
    }

    private final ScenarioDefinition guess = ScenarioFixtures.read(ScenarioFixtures.SHUFFLED_WITH_DRAW);

    private static List<String> shownIds(Playthrough run) {
        return run.options().stream().map(ScenarioNode.Option::id).toList();
    }

    @Test
    void an_attempt_sees_the_options_in_the_order_its_seed_gives_on_every_replay() {
        for (long seed = 0; seed < 30; seed++) {
            var first = shownIds(Playthrough.replay(guess, seed, List.of()));
            var again = shownIds(Playthrough.replay(guess, seed, List.of()));

            assertThat(again).isEqualTo(first);
            assertThat(first)
                    .isEqualTo(
                            Playthrough.optionOrder(guess.decisions().getFirst().options(), seed, "dp-1").stream()
                                    .map(ScenarioNode.Option::id)
                                    .toList());
        }
    }

    @Test
    void different_attempts_see_different_orders_and_a_pinned_option_stays_in_its_place() {
        var orders = new java.util.HashSet<List<String>>();
        for (long seed = 0; seed < 200; seed++) {
            var shown = shownIds(Playthrough.replay(guess, seed, List.of()));
            assertThat(shown.getLast()).isEqualTo("wait");
            orders.add(shown);
        }
        assertThat(orders).hasSize(6);
    }

    @Test
    void a_scenario_with_shuffling_off_shows_the_authored_order() {
        var fixed = ScenarioFixtures.read(ScenarioFixtures.SHUFFLED_WITH_DRAW.replace(
                "state: {mood: 3, hurt: 0}",
                "shuffle: false\nshuffle_reason: The options are steps in order.\nstate: {mood: 3, hurt: 0}"));

        for (long seed = 0; seed < 20; seed++) {
            assertThat(shownIds(Playthrough.replay(fixed, seed, List.of())))
                    .containsExactly("quiet-table", "chat", "hurry", "wait");
        }
    }

    @Test
    void the_hidden_value_is_drawn_from_the_seed_and_steers_lines_and_branches() {
        var drawnValues = new java.util.HashSet<String>();
        for (long seed = 0; seed < 60; seed++) {
            var run = Playthrough.replay(guess, seed, List.of("quiet-table"));
            var dislike = run.state().drawn("dislike");
            drawnValues.add(dislike);

            assertThat(Playthrough.replay(guess, seed, List.of()).state().drawn("dislike"))
                    .isEqualTo(dislike);
            assertThat(((CustomerEntry) run.transcript().getFirst()).text().english())
                    .isEqualTo(dislike.equals("noise") ? "It is loud in here." : "Hello.");
            assertThat(run.ending().outcome()).isEqualTo(dislike.equals("noise") ? "wow" : "standard");
        }
        assertThat(drawnValues).containsExactlyInAnyOrder("noise", "waiting", "small-talk");
    }

    @Test
    void an_endings_title_and_debrief_follow_the_state_the_run_ends_in() {
        long waiting = seedDrawing("waiting");
        long noise = seedDrawing("noise");

        var chatty = Playthrough.replay(guess, waiting, List.of("chat"));
        assertThat(chatty.ending().title(chatty.state()).english()).isEqualTo("Tolerated");
        assertThat(chatty.ending().debrief(chatty.state()).english())
                .isEqualTo("Ben hates waiting; you were quick enough.");

        var quick = Playthrough.replay(guess, noise, List.of("hurry"));
        assertThat(quick.ending().title(quick.state()).english()).isEqualTo("Fine");
        assertThat(quick.ending().debrief(quick.state()).english()).isEqualTo("Ben was served.");
    }

    private long seedDrawing(String value) {
        for (long seed = 0; ; seed++) {
            if (guess.initialState(seed).drawn("dislike").equals(value)) {
                return seed;
            }
        }
    }
}
