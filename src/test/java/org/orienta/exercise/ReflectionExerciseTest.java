package org.orienta.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orienta.base.FieldProblem;
import org.orienta.base.LocalizedText;
import org.orienta.base.yaml.Position;
import org.orienta.base.yaml.ReadContext;
import org.orienta.base.yaml.SafeYaml;
import org.orienta.base.yaml.YamlProblem;
import org.orienta.base.yaml.YamlSyntaxException;
import org.orienta.exercise.ExerciseAnswer.ReflectionAnswer;
import org.orienta.exercise.ExerciseAnswer.RewriteAnswer;

/** Reading, checking and scoring a reflection: open questions that a trainer, not the engine, scores. */
class ReflectionExerciseTest {

    private static final ReflectionExercise REFLECTION =
            ExerciseFixtures.read(ExerciseFixtures.REFLECTION, ReflectionExercise.class);

    @Test
    void reads_questions_with_guidance_minimum_length_and_model_notes() {
        assertThat(REFLECTION.type()).isEqualTo(ExerciseType.REFLECTION);
        assertThat(REFLECTION.questions())
                .containsExactly(
                        new ReflectionExercise.Question(
                                "mood",
                                LocalizedText.english("What mood was the employee in?"),
                                LocalizedText.english("Say how it showed."),
                                0,
                                LocalizedText.english("Tired; she kept glancing at the clock.")),
                        new ReflectionExercise.Question(
                                "lesson",
                                LocalizedText.english("What would you have done in their place?"),
                                null,
                                20,
                                null));
        assertThat(REFLECTION.modelNotes()).isEqualTo(LocalizedText.english("Most stories turn on being passed on."));
        assertThat(REFLECTION.rubric())
                .extracting(RewriteExercise.Criterion::id)
                .containsExactly("specific");
        assertThat(REFLECTION.evidence()).hasSize(1);
    }

    @Test
    void a_reflection_goes_to_a_trainer_unless_its_author_says_review_false() {
        assertThat(REFLECTION.review()).isTrue();
        assertThat(ExerciseScoring.reviewedByTrainer(REFLECTION)).isTrue();

        var kept = ExerciseFixtures.read(
                ExerciseFixtures.REFLECTION.replace("model_notes:", "review: false\nmodel_notes:"),
                ReflectionExercise.class);

        assertThat(kept.review()).isFalse();
        assertThat(ExerciseScoring.reviewedByTrainer(kept)).isFalse();
        assertThat(ExerciseScoring.reviewedByTrainer(ExerciseFixtures.read(ExerciseFixtures.REWRITE)))
                .isTrue();
        assertThat(ExerciseScoring.reviewedByTrainer(ExerciseFixtures.read(ExerciseFixtures.ORDER)))
                .isFalse();
    }

    @Test
    void the_trainer_sees_each_question_with_its_guidance_and_model_note() {
        assertThat(REFLECTION.items())
                .extracting(FreeTextExercise.Item::id, i -> i.text().english(), FreeTextExercise.Item::guidance)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "mood", "What mood was the employee in?", LocalizedText.english("Say how it showed.")),
                        org.assertj.core.groups.Tuple.tuple(
                                "lesson", "What would you have done in their place?", null));
    }

    @Test
    void writing_and_reading_back_keeps_review_false_and_leaves_the_default_out() {
        var written = ExerciseYaml.write(REFLECTION);
        assertThat(written).doesNotContain("review:").contains("min_length: 20", "model_note:", "model_notes:");

        var kept = ExerciseFixtures.read(
                ExerciseFixtures.REFLECTION.replace("model_notes:", "review: false\nmodel_notes:"));
        var again = ExerciseYaml.write(kept);
        assertThat(again).contains("review: false");
        assertThat(ExerciseFixtures.read(again)).isEqualTo(kept);
    }

    @Test
    void structural_problems_point_at_their_line_and_column() throws YamlSyntaxException {
        var broken = ExerciseFixtures.REFLECTION
                .replace("    min_length: 20\n", "    min_length: 0\n")
                .replace("    model_note: Tired;", "    model_answer: Tired;")
                .replace("  - id: lesson\n    text: What would you have done in their place?\n", "  - id: lesson\n")
                .replace("type: reflection\n", "type: reflection\nreview: maybe\n");

        assertThat(problems(broken))
                .extracting(YamlProblem::position, YamlProblem::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(new Position(3, 9), "field.notBoolean"),
                        org.assertj.core.groups.Tuple.tuple(new Position(12, 5), "field.unknown"),
                        org.assertj.core.groups.Tuple.tuple(new Position(13, 5), "field.missing"),
                        org.assertj.core.groups.Tuple.tuple(new Position(14, 17), "field.outOfRange"));
    }

    @Test
    void prompts_and_other_fields_of_a_rewrite_are_unknown_in_a_reflection() throws YamlSyntaxException {
        var withPrompts = ExerciseFixtures.REFLECTION + "prompts: []\n";

        assertThat(problems(withPrompts)).extracting(YamlProblem::messageKey).containsExactly("field.unknown");
    }

    @Test
    void a_reviewed_reflection_needs_a_rubric_a_private_one_does_not() {
        var noRubric = ExerciseFixtures.REFLECTION.substring(0, ExerciseFixtures.REFLECTION.indexOf("rubric:"));

        assertThat(check(noRubric)).containsExactly(FieldProblem.of("rubric", "exercise.reflection.rubricRequired"));
        assertThat(check(noRubric.replace("model_notes:", "review: false\nmodel_notes:")))
                .isEmpty();
    }

    @Test
    void a_reflection_needs_a_question_and_unique_ids() {
        var duplicate = ExerciseFixtures.REFLECTION.replace("  - id: lesson\n    text:", "  - id: mood\n    text:");
        assertThat(check(duplicate))
                .containsExactly(FieldProblem.of("questions/mood", "exercise.duplicateId", "mood", "questions"));

        var none = new ReflectionExercise(REFLECTION.info(), List.of(), null, true, REFLECTION.rubric());
        assertThat(ExerciseRules.check(none, ExerciseFixtures.CODES))
                .containsExactly(FieldProblem.of("questions", "exercise.tooFewItems", "questions", 1));
    }

    @Test
    void an_answer_awaits_review_and_records_no_evidence_until_then() {
        var result = ExerciseScoring.score(
                REFLECTION, new ReflectionAnswer(Map.of("mood", "Bored.", "lesson", "I would have called back.")));

        assertThat(result.awaitingReview()).isTrue();
        assertThat(ExerciseScoring.evidence(REFLECTION, result)).isEmpty();
    }

    @Test
    void blank_answers_are_unanswered_and_answers_below_the_minimum_are_too_short() {
        var answer = new ReflectionAnswer(Map.of("mood", "  ", "lesson", "  Call back.  "));

        assertThat(ExerciseScoring.unanswered(REFLECTION, answer)).containsExactly("mood");
        assertThat(ExerciseScoring.tooShort(REFLECTION, answer)).containsExactly("lesson");
        assertThat(ExerciseScoring.tooShort(
                        REFLECTION, new ReflectionAnswer(Map.of("lesson", "I would have called back at three."))))
                .isEmpty();
    }

    @Test
    void a_rewrite_answer_does_not_answer_a_reflection() {
        assertThat(ExerciseScoring.unanswered(REFLECTION, new RewriteAnswer(Map.of("mood", "Bored."))))
                .containsExactly("mood", "lesson");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> ExerciseScoring.score(REFLECTION, new RewriteAnswer(Map.of("mood", "Bored."))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_bundled_bad_experience_exercise_is_a_reviewed_reflection_with_its_eight_questions()
            throws java.io.IOException {
        var file = java.nio.file.Files.readString(java.nio.file.Path.of("content/exercises/sx-14.yaml"));
        var sx14 = ExerciseFixtures.read(file, ReflectionExercise.class);

        assertThat(sx14.review()).isTrue();
        assertThat(sx14.questions())
                .extracting(ReflectionExercise.Question::id)
                .containsExactly(
                        "mood",
                        "behaviour",
                        "unsatisfied",
                        "conflict",
                        "feelings",
                        "still-buy",
                        "told-others",
                        "lesson");
        assertThat(sx14.questions()).allSatisfy(q -> assertThat(q.modelNote()).isNotNull());
        assertThat(sx14.rubric()).hasSize(5);
        assertThat(ExerciseRules.check(
                        sx14,
                        java.util.Set.of(
                                new org.orienta.competency.CompetencyCode("CO1"),
                                new org.orienta.competency.CompetencyCode("CO8"))))
                .isEmpty();
        assertThat(file).doesNotContainIgnoringCase("cold reply");
    }

    private static List<FieldProblem> check(String yaml) {
        return ExerciseRules.check(ExerciseFixtures.read(yaml), ExerciseFixtures.CODES);
    }

    private static List<YamlProblem> problems(String yaml) throws YamlSyntaxException {
        var context = new ReadContext();
        assertThat(ExerciseYaml.read(SafeYaml.parse(yaml), context)).isNull();
        return context.problems();
    }
}
