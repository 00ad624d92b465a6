package org.orienta.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.orienta.base.LocalizedText;
import org.orienta.base.yaml.Position;
import org.orienta.base.yaml.ReadContext;
import org.orienta.base.yaml.SafeYaml;
import org.orienta.base.yaml.YamlProblem;
import org.orienta.base.yaml.YamlSyntaxException;
import org.orienta.competency.CompetencyCode;
import org.orienta.competency.Evidence;

class ExerciseYamlTest {

    @Test
    void reads_a_classify_exercise_with_its_common_fields() {
        var classify = ExerciseFixtures.read(ExerciseFixtures.CLASSIFY, ClassifyExercise.class);

        assertThat(classify.info())
                .isEqualTo(new ExerciseInfo(
                        "sx-classify",
                        ExerciseType.CLASSIFY,
                        LocalizedText.of(Map.of("en", "Needs or wants?", "de", "Bedürfnis oder Wunsch?")),
                        LocalizedText.english("Sort each statement."),
                        5,
                        List.of(new Evidence(new CompetencyCode("CO1"), 3)),
                        List.of("needs"),
                        List.of(),
                        ExerciseInfo.UNLIMITED,
                        FeedbackMode.END));
        assertThat(classify.categories())
                .extracting(ClassifyExercise.Category::id)
                .containsExactly("need", "want");
        assertThat(classify.items().get(1))
                .isEqualTo(new ClassifyExercise.Item(
                        "red",
                        LocalizedText.english("I'd like it in red."),
                        "want",
                        LocalizedText.english("The colour is a preference.")));
    }

    @Test
    void reads_a_calculate_exercise_with_numbers_tolerances_and_units() {
        var calculate = ExerciseFixtures.read(ExerciseFixtures.CALCULATE, CalculateExercise.class);

        assertThat(calculate.info().attempts()).isEqualTo(3);
        assertThat(calculate.info().feedback()).isEqualTo(FeedbackMode.IMMEDIATE);
        assertThat(calculate.convention()).isEqualTo(LocalizedText.english("Round to whole euros."));
        var margin = calculate.parts().get(1);
        assertThat(margin.answer()).isEqualTo(new BigDecimal("60"));
        assertThat(margin.tolerance()).isEqualTo(new BigDecimal("0.5"));
        assertThat(margin.unit()).isEqualTo(LocalizedText.english("€"));
        assertThat(calculate.info().sources()).containsExactly("002_13f993407cb9cf84.txt ~L107");
    }

    @Test
    void reads_order_match_and_rewrite_exercises() {
        var order = ExerciseFixtures.read(ExerciseFixtures.ORDER, OrderExercise.class);
        var match = ExerciseFixtures.read(ExerciseFixtures.MATCH, MatchExercise.class);
        var rewrite = ExerciseFixtures.read(ExerciseFixtures.REWRITE, RewriteExercise.class);

        assertThat(order.steps())
                .extracting(OrderExercise.Step::id)
                .containsExactly("listen", "thank", "solve", "follow-up");
        assertThat(match.pairs().getFirst().right()).isEqualTo(LocalizedText.english("Here is what I can do."));
        assertThat(rewrite.prompts().getFirst().modelAnswer().english()).startsWith("I'm sorry for the wait");
        assertThat(rewrite.rubric()).extracting(RewriteExercise.Criterion::id).containsExactly("empathy", "action");
    }

    @ParameterizedTest
    @EnumSource(ExerciseType.class)
    void writing_and_reading_back_gives_the_same_exercise(ExerciseType type) {
        var original = ExerciseFixtures.read(ExerciseFixtures.of(type));

        var written = ExerciseYaml.write(original);

        assertThat(ExerciseFixtures.read(written)).isEqualTo(original);
        assertThat(ExerciseYaml.write(ExerciseFixtures.read(written))).isEqualTo(written);
    }

    @Test
    void writing_is_canonical_with_the_schema_line_and_file_field_names() {
        var written = ExerciseYaml.write(ExerciseFixtures.read(ExerciseFixtures.REWRITE));

        assertThat(written)
                .startsWith("# yaml-language-server: $schema=../schema/exercise.json\nid: sx-rewrite\n")
                .contains("  model_answer: ")
                .doesNotContain("modelAnswer", "attempts");
        assertThat(ExerciseYaml.write(ExerciseFixtures.read(ExerciseFixtures.REWRITE + "# a comment\n")))
                .isEqualTo(written);
    }

    @Test
    void a_missing_tolerance_is_reported_at_its_part() throws YamlSyntaxException {
        var problems = problems(ExerciseFixtures.CALCULATE.replace("    tolerance: 0.5\n", ""));

        assertThat(problems).containsExactly(YamlProblem.at(new Position(16, 5), "field.missing", "tolerance"));
    }

    @Test
    void every_structural_problem_is_reported_with_its_position() throws YamlSyntaxException {
        var broken = ExerciseFixtures.CLASSIFY
                .replace("minutes: 5", "minutes: five")
                .replace("    label: A want\n", "    lable: A want\n")
                .replace("    answer: want\n", "    answer: Want!\n")
                .replace("    explanation: The deadline is part of the problem.\n", "");

        assertThat(problems(broken))
                .containsExactly(
                        YamlProblem.at(new Position(5, 10), "field.notWholeNumber", "minutes"),
                        YamlProblem.at(new Position(12, 5), "field.missing", "label"),
                        YamlProblem.at(new Position(13, 5), "field.unknownDidYouMean", "lable", "label"),
                        YamlProblem.at(new Position(21, 13), "field.badId", "Want!"),
                        YamlProblem.at(new Position(23, 5), "field.missing", "explanation"));
    }

    @Test
    void fields_of_another_type_are_unknown() throws YamlSyntaxException {
        var problems = problems(ExerciseFixtures.ORDER + "pairs: []\n");

        assertThat(problems)
                .extracting(YamlProblem::messageKey, YamlProblem::arguments)
                .containsExactly(tuple("field.unknown", List.of("pairs")));
    }

    @Test
    void an_unknown_type_is_the_only_problem_reported() throws YamlSyntaxException {
        var problems = problems(ExerciseFixtures.ORDER.replace("type: order", "type: sort"));

        assertThat(problems).extracting(YamlProblem::messageKey).containsExactly("field.notOneOf");
        assertThat(problems.getFirst().position()).isEqualTo(new Position(2, 7));
    }

    @Test
    void rule_paths_name_elements_by_their_id_so_problems_find_their_line() throws YamlSyntaxException {
        var context = new ReadContext();
        ExerciseYaml.read(SafeYaml.parse(ExerciseFixtures.CLASSIFY), context);

        assertThat(context.positionOf("items/red/answer")).isEqualTo(new Position(21, 13));
        assertThat(context.positionOf("items/fast")).isEqualTo(new Position(23, 5));
        assertThat(context.positionOf("evidence")).isEqualTo(new Position(6, 11));
    }

    private static List<YamlProblem> problems(String yaml) throws YamlSyntaxException {
        var context = new ReadContext();
        assertThat(ExerciseYaml.read(SafeYaml.parse(yaml), context)).isNull();
        return context.problems();
    }
}
