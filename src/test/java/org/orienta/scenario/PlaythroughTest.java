package org.orienta.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orienta.scenario.Playthrough.ChoiceEntry;
import org.orienta.scenario.Playthrough.CustomerEntry;

class PlaythroughTest {

    private final ScenarioDefinition tiny = ScenarioFixtures.read(ScenarioFixtures.TWO_DECISIONS);

    @Test
    void a_new_run_shows_the_opening_lines_and_waits_at_the_first_decision() {
        var run = Playthrough.replay(tiny, List.of());

        assertThat(run.transcript()).singleElement().isInstanceOf(CustomerEntry.class);
        assertThat(run.decision().id()).isEqualTo("dp-1");
        assertThat(run.options()).extracting(ScenarioNode.Option::id).containsExactly("warm", "cold");
        assertThat(run.finished()).isFalse();
    }

    @Test
    void the_customer_reacts_to_the_state_earlier_choices_left() {
        var warm = Playthrough.replay(tiny, List.of("warm"));
        var cold = Playthrough.replay(tiny, List.of("cold"));

        assertThat(((CustomerEntry) warm.transcript().getLast()).text().english())
                .isEqualTo("Thanks!");
        assertThat(((CustomerEntry) cold.transcript().getLast()).text().english())
                .isEqualTo("Whatever.");
        assertThat(cold.state()).isEqualTo(new ScenarioState(1, Map.of("good", 0)));
    }

    @Test
    void the_ending_depends_on_the_whole_conversation_not_only_the_last_choice() {
        assertThat(Playthrough.replay(tiny, List.of("warm", "honest")).ending().outcome())
                .isEqualTo("wow");
        assertThat(Playthrough.replay(tiny, List.of("cold", "honest")).ending().outcome())
                .isEqualTo("standard");
        assertThat(Playthrough.replay(tiny, List.of("cold", "vague")).ending().outcome())
                .isEqualTo("low");
        assertThat(Playthrough.replay(tiny, List.of("warm", "vague")).ending().outcome())
                .isEqualTo("standard");
    }

    @Test
    void each_choice_records_what_it_demonstrated() {
        var run = Playthrough.replay(tiny, List.of("warm", "honest"));

        assertThat(run.choices()).extracting(c -> c.option().id()).containsExactly("warm", "honest");
        assertThat(run.choices())
                .flatExtracting(ChoiceEntry::evidence)
                .extracting(e -> e.competency().value())
                .containsExactly("CO2", "CO4");
    }

    @Test
    void an_option_not_offered_at_that_point_is_refused() {
        assertThatThrownBy(() -> Playthrough.replay(tiny, List.of("honest")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not offered at dp-1");
        assertThatThrownBy(() -> Playthrough.replay(tiny, List.of("warm", "honest", "warm")))
                .hasMessageContaining("ended before choice 3");
    }

    @Test
    void a_run_can_start_from_any_node_with_a_chosen_state() {
        var run = Playthrough.replay(tiny, "reply", new ScenarioState(1, Map.of("good", 0)), List.of());

        assertThat(((CustomerEntry) run.transcript().getFirst()).text().english())
                .isEqualTo("Whatever.");
        assertThat(run.decision().id()).isEqualTo("dp-2");
    }
}
