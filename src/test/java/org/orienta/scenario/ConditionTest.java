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

    @Test
    void compares_a_drawn_name_with_one_of_its_values() throws Exception {
        var drawn = state.withDrawn(Map.of("dislike", "small-talk"));

        assertThat(Condition.parse("dislike == small-talk").test(drawn)).isTrue();
        assertThat(Condition.parse("dislike != noise and good >= 3").test(drawn))
                .isTrue();
        assertThat(Condition.parse("dislike == noise or mood >= 4").test(drawn)).isFalse();
        assertThat(Condition.parse("not dislike == noise").test(drawn)).isTrue();
        assertThat(Condition.parse("dislike == noise and mood >= 3").terms())
                .containsExactly(
                        new Condition.Term("dislike", "==", null, "noise"), new Condition.Term("mood", ">=", 3, null));
    }

    @Test
    void a_value_can_only_be_compared_for_equality() {
        assertThatThrownBy(() -> Condition.parse("dislike >= noise"))
                .isInstanceOfSatisfying(Condition.ConditionSyntaxException.class, e -> {
                    assertThat(e.getMessage()).contains("only be compared with == or !=");
                    assertThat(e.column()).isEqualTo(9);
                });
        assertThatThrownBy(() -> Condition.parse("dislike == and")).hasMessageContaining("a whole number or a value");
    }

    @Test
    void effects_never_change_a_drawn_value() {
        var drawn = state.withDrawn(Map.of("dislike", "noise"));

        assertThat(drawn.apply(Map.of("mood", 1, "good", 1)).drawn("dislike")).isEqualTo("noise");
        assertThat(drawn.withMood(5).drawn()).containsEntry("dislike", "noise");
    }
}
