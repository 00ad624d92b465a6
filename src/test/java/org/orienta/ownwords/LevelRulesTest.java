package org.orienta.ownwords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orienta.ownwords.LevelRules.Neighbour;
import org.orienta.ownwords.LevelSuggestion.Basis;

/** The suggestion rule with made-up similarities: who votes, who wins, how sure it is. */
class LevelRulesTest {

    private static Neighbour reviewed(double similarity, int level) {
        return new Neighbour(similarity, level, false);
    }

    private static Neighbour model(double similarity, int level) {
        return new Neighbour(similarity, level, true);
    }

    @Test
    void without_a_model_answer_fewer_reviewed_answers_than_the_minimum_are_too_little_to_go_by() {
        var suggestion = LevelRules.suggest(List.of(reviewed(0.95, 2), reviewed(0.9, 2)), 3);

        assertThat(suggestion.basis()).isEqualTo(Basis.TOO_LITTLE_BASIS);
        assertThat(suggestion.suggested()).isFalse();
    }

    @Test
    void a_model_answer_alone_is_enough_to_go_by() {
        var suggestion = LevelRules.suggest(List.of(model(0.9, 3)), 3);

        assertThat(suggestion.basis()).isEqualTo(Basis.SUGGESTED);
        assertThat(suggestion.level()).isEqualTo(3);
        assertThat(suggestion.closeToModel()).isTrue();
        assertThat(suggestion.closeAnswers()).isZero();
    }

    @Test
    void an_answer_merely_on_the_model_answer_s_topic_gets_no_vote_from_it() {
        var suggestion = LevelRules.suggest(List.of(model(LevelRules.MODEL_CLOSE - 0.05, 3)), 3);

        assertThat(suggestion.basis()).isEqualTo(Basis.NOTHING_CLOSE);
    }

    @Test
    void reviewed_answers_below_the_closeness_floor_do_not_vote() {
        var suggestion = LevelRules.suggest(
                List.of(reviewed(0.3, 1), reviewed(0.4, 1), reviewed(LevelRules.CLOSE - 0.01, 4)), 3);

        assertThat(suggestion.basis()).isEqualTo(Basis.NOTHING_CLOSE);
    }

    @Test
    void the_level_the_closest_answers_were_given_wins_and_says_how_many_gave_it() {
        var suggestion = LevelRules.suggest(
                List.of(reviewed(0.9, 2), reviewed(0.88, 2), reviewed(0.86, 2), reviewed(0.6, 4), model(0.5, 3)), 3);

        assertThat(suggestion.level()).isEqualTo(2);
        assertThat(suggestion.closeAnswers()).isEqualTo(3);
        assertThat(suggestion.closeToModel()).isFalse();
        // 2.64 of the 3.24 cast, plus the empty fifth place at the floor; the model answer is too far to vote.
        assertThat(suggestion.confidence()).isCloseTo(2.64 / (3.24 + LevelRules.CLOSE), within(1e-9));
    }

    @Test
    void only_the_five_closest_vote() {
        var suggestion = LevelRules.suggest(
                List.of(
                        reviewed(0.9, 3),
                        reviewed(0.9, 3),
                        reviewed(0.9, 3),
                        reviewed(0.6, 1),
                        reviewed(0.6, 1),
                        reviewed(0.59, 1),
                        reviewed(0.58, 1),
                        reviewed(0.57, 1)),
                3);

        // Five level-1 answers in all, but only two of them among the five closest.
        assertThat(suggestion.level()).isEqualTo(3);
        assertThat(suggestion.closeAnswers()).isEqualTo(3);
    }

    @Test
    void the_model_answer_weighs_as_much_as_two_reviewed_answers() {
        var againstOne = LevelRules.suggest(List.of(model(0.8, 3), reviewed(0.85, 2)), 3);
        var againstTwo = LevelRules.suggest(List.of(model(0.8, 3), reviewed(0.85, 2), reviewed(0.85, 2)), 3);

        assertThat(againstOne.level()).isEqualTo(3); // 1.6 against 0.85
        assertThat(againstOne.closeToModel()).isTrue();
        assertThat(againstTwo.level()).isEqualTo(2); // 1.6 against 1.7
        assertThat(againstTwo.closeToModel()).isFalse();
    }

    @Test
    void on_a_tie_the_lower_level_is_suggested() {
        var suggestion = LevelRules.suggest(List.of(reviewed(0.8, 4), reviewed(0.8, 2), reviewed(0.8, 3)), 3);

        assertThat(suggestion.level()).isEqualTo(2);
    }

    @Test
    void one_close_answer_alone_is_not_a_confident_suggestion_but_five_that_agree_are() {
        var lonely = LevelRules.suggest(List.of(model(0.9, 3)), 3);
        var agreed = LevelRules.suggest(
                List.of(reviewed(0.9, 3), reviewed(0.9, 3), reviewed(0.9, 3), reviewed(0.9, 3), reviewed(0.9, 3)), 3);

        assertThat(lonely.confidence()).isLessThan(0.6);
        assertThat(agreed.confidence()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void an_answer_is_as_close_as_its_items_are_on_average_and_an_empty_item_counts_as_nothing() {
        var a = new float[] {1, 0};
        var b = new float[] {0, 1};
        var answer = Map.of("one", a, "two", a);
        var rated = Map.of("one", a, "two", b, "three", a);

        // 1 + 0 + 0 (the answer has no "three") over the three items the rated answer has.
        assertThat(LevelRules.similarity(answer, rated).orElseThrow()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(LevelRules.similarity(answer, Map.of())).isEmpty();
    }
}
