package org.orienta.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.orienta.base.FieldProblem;
import org.orienta.exercise.CalculateExercise.Part;

class ExerciseRulesTest {

    private List<FieldProblem> problems(String yaml) {
        return check(ExerciseFixtures.read(yaml));
    }

    private List<FieldProblem> check(ExerciseDefinition exercise) {
        return ExerciseRules.check(exercise, ExerciseFixtures.CODES);
    }

    @ParameterizedTest
    @EnumSource(ExerciseType.class)
    void a_well_formed_exercise_has_no_problems(ExerciseType type) {
        assertThat(problems(ExerciseFixtures.of(type))).isEmpty();
    }

    @Test
    void ids_must_be_unique_within_each_list() {
        assertThat(problems(ExerciseFixtures.CLASSIFY
                        .replace("- id: red", "- id: warm")
                        .replace("- id: want", "- id: need")
                        .replace("answer: want", "answer: need")))
                .containsExactly(
                        FieldProblem.of("categories/need", "exercise.duplicateId", "need", "categories"),
                        FieldProblem.of("items/warm", "exercise.duplicateId", "warm", "items"));
        assertThat(problems(ExerciseFixtures.ORDER.replace("- id: solve", "- id: thank")))
                .containsExactly(FieldProblem.of("steps/thank", "exercise.duplicateId", "thank", "steps"));
        assertThat(problems(ExerciseFixtures.MATCH.replace("- id: refuse", "- id: wait")))
                .containsExactly(FieldProblem.of("pairs/wait", "exercise.duplicateId", "wait", "pairs"));
        assertThat(problems(ExerciseFixtures.CALCULATE.replace("- id: margin", "- id: yearly")))
                .containsExactly(FieldProblem.of("parts/yearly", "exercise.duplicateId", "yearly", "parts"));
        assertThat(problems(ExerciseFixtures.REWRITE.replace("- id: action", "- id: empathy")))
                .containsExactly(FieldProblem.of("rubric/empathy", "exercise.duplicateId", "empathy", "rubric"));
    }

    @Test
    void duplicate_prompt_ids_are_reported() {
        var twoPrompts = ExerciseFixtures.REWRITE.replace("rubric:", """
                  - id: refund
                    text: "Not my department."
                    model_answer: "Let me take you to the colleague who can help."
                rubric:""");

        assertThat(problems(twoPrompts))
                .containsExactly(FieldProblem.of("prompts/refund", "exercise.duplicateId", "refund", "prompts"));
    }

    @Test
    void a_classify_answer_must_name_one_of_the_categories() {
        assertThat(problems(ExerciseFixtures.CLASSIFY.replace("answer: want", "answer: wish")))
                .containsExactly(FieldProblem.of("items/red/answer", "exercise.unknownCategory", "wish"));
    }

    @Test
    void classifying_ordering_and_matching_need_at_least_two_of_everything() {
        var oneCategory = ExerciseFixtures.CLASSIFY.replace("""
                  - id: want
                    label: A want
                """, "").replace("answer: want", "answer: need");
        var oneStep = ExerciseFixtures.ORDER.substring(0, ExerciseFixtures.ORDER.indexOf("  - id: thank"));
        var onePair = ExerciseFixtures.MATCH.substring(0, ExerciseFixtures.MATCH.indexOf("  - id: wait"));
        var oneItem = ExerciseFixtures.CLASSIFY.substring(0, ExerciseFixtures.CLASSIFY.indexOf("  - id: red"));

        assertThat(problems(oneCategory))
                .containsExactly(FieldProblem.of("categories", "exercise.tooFewItems", "categories", 2));
        assertThat(problems(oneItem)).containsExactly(FieldProblem.of("items", "exercise.tooFewItems", "items", 2));
        assertThat(problems(oneStep)).containsExactly(FieldProblem.of("steps", "exercise.tooFewItems", "steps", 2));
        assertThat(problems(onePair)).containsExactly(FieldProblem.of("pairs", "exercise.tooFewItems", "pairs", 2));
    }

    @Test
    void a_negative_tolerance_is_reported_at_its_part() {
        assertThat(problems(ExerciseFixtures.CALCULATE.replace("tolerance: 0.5", "tolerance: -0.5")))
                .containsExactly(FieldProblem.of("parts/margin/tolerance", "exercise.negativeTolerance", "-0.5"));
    }

    @Test
    void a_calculation_needs_a_part() {
        var calculate = ExerciseFixtures.read(ExerciseFixtures.CALCULATE, CalculateExercise.class);

        assertThat(check(new CalculateExercise(calculate.info(), null, List.<Part>of())))
                .containsExactly(FieldProblem.of("parts", "exercise.tooFewItems", "parts", 1));
        assertThat(check(new CalculateExercise(
                        calculate.info(),
                        null,
                        List.of(new Part(
                                "exact",
                                calculate.title(),
                                BigDecimal.ONE,
                                BigDecimal.ZERO,
                                null,
                                calculate.title())))))
                .isEmpty();
    }

    @Test
    void a_rewrite_needs_prompts_and_a_rubric() {
        var rewrite = ExerciseFixtures.read(ExerciseFixtures.REWRITE, RewriteExercise.class);

        assertThat(check(new RewriteExercise(rewrite.info(), List.of(), rewrite.rubric())))
                .containsExactly(FieldProblem.of("prompts", "exercise.tooFewItems", "prompts", 1));
        assertThat(check(new RewriteExercise(rewrite.info(), rewrite.prompts(), List.of())))
                .containsExactly(FieldProblem.of("rubric", "exercise.tooFewItems", "rubric", 1));
    }

    @Test
    void evidence_must_name_a_competency_of_the_framework() {
        assertThat(problems(ExerciseFixtures.MATCH.replace("evidence: {CO4: 2}", "evidence: {CO4: 2, CO7: 3}")))
                .containsExactly(FieldProblem.of("evidence", "evidence.unknownCompetency", "CO7"));
    }

    @Test
    void an_exercise_cannot_carry_the_info_of_another_type() {
        var order = ExerciseFixtures.read(ExerciseFixtures.ORDER, OrderExercise.class);

        assertThatThrownBy(() -> new MatchExercise(order.info(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("type order");
    }
}
