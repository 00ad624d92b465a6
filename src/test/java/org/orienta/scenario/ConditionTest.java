package org.orienta.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionTest {

    private final ScenarioState state = new ScenarioState(2, Map.of("good", 3, "hurt", 1));

    private boolean holds(String condition) throws Condition.ConditionSyntaxException {
        return Condition.parse(condition).test(state);
    }

    @Test
    void compares_mood_and_counters() throws Exception {
        assertThat(holds("mood <= 2")).isTrue();
        assertThat(holds("mood > 2")).isFalse();
        assertThat(holds("good == 3")).isTrue();
        assertThat(holds("hurt != 1")).isFalse();
        assertThat(holds("good >= -1")).isTrue();
    }

    @Test
    void and_binds_tighter_than_or_and_parentheses_override() throws Exception {
        assertThat(holds("mood >= 4 or good >= 3 and hurt == 0")).isFalse();
        assertThat(holds("(mood >= 4 or good >= 3) and hurt == 1")).isTrue();
        assertThat(holds("not hurt >= 1 or mood == 2")).isTrue();
        assertThat(holds("not (hurt >= 1 or mood == 2)")).isFalse();
    }

    @Test
    void reports_the_names_it_reads() throws Exception {
        assertThat(Condition.parse("mood <= 2 or (trust > 1 and not hurt == 0)").names())
                .containsExactly("hurt", "mood", "trust");
    }

    @Test
    void a_malformed_condition_says_what_and_where() {
        assertThatThrownBy(() -> Condition.parse("mood = 2"))
                .isInstanceOfSatisfying(Condition.ConditionSyntaxException.class, e -> {
                    assertThat(e.getMessage()).contains("“=” is no comparison");
                    assertThat(e.column()).isEqualTo(6);
                });
        assertThatThrownBy(() -> Condition.parse("mood <= 2 good > 1"))
                .hasMessageContaining("join conditions with and/or");
        assertThatThrownBy(() -> Condition.parse("(mood <= 2")).hasMessageContaining("not closed");
        assertThatThrownBy(() -> Condition.parse("mood <=")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> Condition.parse("")).hasMessageContaining("empty");
    }

    @Test
    void effects_keep_the_mood_between_one_and_five() {
        assertThat(state.apply(Map.of("mood", -5)).mood()).isEqualTo(1);
        assertThat(state.apply(Map.of("mood", 9, "good", 1)))
                .isEqualTo(new ScenarioState(5, Map.of("good", 4, "hurt", 1)));
    }
}
