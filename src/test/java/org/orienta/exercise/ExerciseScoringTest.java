package org.orienta.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.orienta.competency.CompetencyCode;
import org.orienta.competency.Evidence;
import org.orienta.exercise.ExerciseAnswer.CalculateAnswer;
import org.orienta.exercise.ExerciseAnswer.ClassifyAnswer;
import org.orienta.exercise.ExerciseAnswer.MatchAnswer;
import org.orienta.exercise.ExerciseAnswer.OrderAnswer;
import org.orienta.exercise.ExerciseAnswer.RewriteAnswer;
import org.orienta.exercise.ExerciseResult.ItemResult;

class ExerciseScoringTest {

    private static final ExerciseDefinition CLASSIFY = ExerciseFixtures.read(ExerciseFixtures.CLASSIFY);
    private static final ExerciseDefinition CALCULATE = ExerciseFixtures.read(ExerciseFixtures.CALCULATE);
    private static final ExerciseDefinition ORDER = ExerciseFixtures.read(ExerciseFixtures.ORDER);
    private static final ExerciseDefinition MATCH = ExerciseFixtures.read(ExerciseFixtures.MATCH);
    private static final ExerciseDefinition REWRITE = ExerciseFixtures.read(ExerciseFixtures.REWRITE);

    @Test
    void a_classification_scores_the_share_of_items_in_their_category() {
        var result = ExerciseScoring.score(
                CLASSIFY, new ClassifyAnswer(Map.of("warm", "need", "red", "need", "fast", "need")));

        assertThat(result.score()).isEqualTo(2.0 / 3);
        assertThat(result.items())
                .containsExactly(
                        new ItemResult("warm", true), new ItemResult("red", false), new ItemResult("fast", true));
        assertThat(result.awaitingReview()).isFalse();
    }

    @Test
    void unanswered_items_count_as_wrong() {
        var result = ExerciseScoring.score(CLASSIFY, new ClassifyAnswer(Map.of("warm", "need")));

        assertThat(result.score()).isEqualTo(1.0 / 3);
        assertThat(result.items())
                .filteredOn(ItemResult::correct)
                .extracting(ItemResult::id)
                .containsExactly("warm");
    }

    @ParameterizedTest
    @CsvSource({"60, true", "60.5, true", "59.5, true", "60.51, false", "59.49, false"})
    void a_calculation_is_correct_within_its_tolerance_boundaries_included(String margin, boolean correct) {
        var result = ExerciseScoring.score(
                CALCULATE,
                new CalculateAnswer(Map.of("yearly", new BigDecimal("480"), "margin", new BigDecimal(margin))));

        assertThat(result.items()).contains(new ItemResult("margin", correct));
        assertThat(result.score()).isEqualTo(correct ? 1.0 : 0.5);
    }

    @Test
    void a_zero_tolerance_asks_for_the_exact_number_in_any_notation() {
        assertThat(ExerciseScoring.score(CALCULATE, new CalculateAnswer(Map.of("yearly", new BigDecimal("480.00"))))
                        .items())
                .containsExactly(new ItemResult("yearly", true), new ItemResult("margin", false));
        assertThat(ExerciseScoring.score(CALCULATE, new CalculateAnswer(Map.of("yearly", new BigDecimal("480.01"))))
                        .score())
                .isZero();
    }

    @Test
    void an_order_scores_the_share_of_steps_in_their_place() {
        var swapped = ExerciseScoring.score(ORDER, new OrderAnswer(List.of("listen", "solve", "thank", "follow-up")));
        var right = ExerciseScoring.score(ORDER, new OrderAnswer(List.of("listen", "thank", "solve", "follow-up")));
        var partial = ExerciseScoring.score(ORDER, new OrderAnswer(List.of("listen")));

        assertThat(swapped.score()).isEqualTo(0.5);
        assertThat(swapped.items())
                .containsExactly(
                        new ItemResult("listen", true),
                        new ItemResult("thank", false),
                        new ItemResult("solve", false),
                        new ItemResult("follow-up", true));
        assertThat(right.score()).isEqualTo(1.0);
        assertThat(partial.score()).isEqualTo(0.25);
    }

    @Test
    void a_match_scores_the_share_of_left_texts_matched_with_their_own_right_text() {
        var result = ExerciseScoring.score(
                MATCH, new MatchAnswer(Map.of("policy", "policy", "wait", "refuse", "refuse", "wait")));

        assertThat(result.score()).isEqualTo(1.0 / 3);
        assertThat(result.items())
                .containsExactly(
                        new ItemResult("policy", true), new ItemResult("wait", false), new ItemResult("refuse", false));
    }

    @Test
    void a_rewrite_awaits_its_trainer_and_records_no_evidence_yet() {
        var result = ExerciseScoring.score(REWRITE, new RewriteAnswer(Map.of("refund", "So sorry! Let me help.")));

        assertThat(result).isEqualTo(new ExerciseResult(0, List.of(), true));
        assertThat(ExerciseScoring.evidence(REWRITE, result)).isEmpty();
    }

    @Test
    void a_scored_rewrite_records_evidence_like_any_exercise() {
        assertThat(ExerciseScoring.evidence(REWRITE, new ExerciseResult(0.9, List.of(), false)))
                .containsExactly(evidence("CO4", 3));
    }

    @Test
    void an_answer_of_another_type_is_refused() {
        assertThatThrownBy(() -> ExerciseScoring.score(ORDER, new MatchAnswer(Map.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("order");
    }

    @ParameterizedTest
    @CsvSource({"1.0, 4", "0.8, 4", "0.79, 3", "0.5, 3", "0.49, 1", "0.0, 1"})
    void evidence_is_recorded_at_the_exercise_level_from_80_percent_and_one_lower_from_50(double score, int level) {
        var calculate = ExerciseFixtures.read(ExerciseFixtures.CALCULATE);

        assertThat(ExerciseScoring.evidence(calculate, new ExerciseResult(score, List.of(), false)))
                .containsExactly(evidence("CO9", level));
    }

    @Test
    void one_level_lower_never_goes_below_level_1() {
        var levelOne = ExerciseFixtures.read(ExerciseFixtures.MATCH.replace("{CO4: 2}", "{CO4: 1, CO1: 2}"));

        assertThat(ExerciseScoring.evidence(levelOne, new ExerciseResult(0.5, List.of(), false)))
                .containsExactly(evidence("CO4", 1), evidence("CO1", 1));
    }

    @Test
    void four_of_five_right_is_exactly_80_percent() {
        var fiveSteps = ExerciseFixtures.read(ExerciseFixtures.ORDER + """
                  - id: close
                    text: Say goodbye.
                """);
        var result =
                ExerciseScoring.score(fiveSteps, new OrderAnswer(List.of("listen", "thank", "solve", "follow-up")));

        assertThat(ExerciseScoring.evidence(fiveSteps, result)).containsExactly(evidence("CO4", 3));
    }

    private static Evidence evidence(String code, int level) {
        return new Evidence(new CompetencyCode(code), level);
    }

    @Test
    void unanswered_names_each_item_left_out_in_the_order_the_trainee_sees_them() {
        assertThat(ExerciseScoring.unanswered(CLASSIFY, new ClassifyAnswer(Map.of("red", "want"))))
                .containsExactly("warm", "fast");
        assertThat(ExerciseScoring.unanswered(CALCULATE, new CalculateAnswer(Map.of())))
                .containsExactly("yearly", "margin");
        assertThat(ExerciseScoring.unanswered(ORDER, new OrderAnswer(List.of("listen", "thank", "solve"))))
                .containsExactly("follow-up");
        assertThat(ExerciseScoring.unanswered(MATCH, new MatchAnswer(Map.of("policy", "wait", "wait", "policy"))))
                .containsExactly("refuse");
        assertThat(ExerciseScoring.unanswered(REWRITE, new RewriteAnswer(Map.of("refund", "  "))))
                .as("a blank reply is no reply")
                .containsExactly("refund");
        assertThat(ExerciseScoring.unanswered(
                        CLASSIFY, new ClassifyAnswer(Map.of("warm", "need", "red", "want", "fast", "want"))))
                .isEmpty();
    }

    @Test
    void an_answer_of_the_wrong_shape_leaves_everything_unanswered() {
        assertThat(ExerciseScoring.unanswered(CLASSIFY, new MatchAnswer(Map.of("warm", "need"))))
                .containsExactly("warm", "red", "fast");
    }
}
