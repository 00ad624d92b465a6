package org.orienta.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.orienta.base.FieldProblem;
import org.orienta.base.yaml.Position;
import org.orienta.base.yaml.ReadContext;
import org.orienta.base.yaml.SafeYaml;
import org.orienta.base.yaml.YamlProblem;
import org.orienta.base.yaml.YamlSyntaxException;
import org.orienta.competency.CompetencyCode;

class QuizYamlTest {

    static final Set<CompetencyCode> CODES = IntStream.rangeClosed(1, 10)
            .mapToObj(i -> new CompetencyCode("CO" + i))
            .collect(Collectors.toSet());

    static final String EVERY_TYPE = """
            id: mixed
            title: Every type
            minutes: 5
            pass_mark: 5
            feedback: end
            attempts: 2
            shuffle: true
            questions:
              - id: single
                type: single
                text: Pick one.
                options:
                  - {id: a, text: Right, correct: true, feedback: Yes.}
                  - {id: b, text: Wrong, correct: false, feedback: No.}
                explanation: Because.
                evidence: {CO1: 2}
              - id: multi
                type: multiple
                text: Pick two.
                options:
                  - {id: a, text: One, correct: true}
                  - {id: b, text: Two, correct: true}
                  - {id: c, text: Three, correct: false}
                explanation: Because.
                evidence: {CO2: 3}
              - id: tf
                type: true_false
                text: The sky is blue.
                answer: true
                explanation: Because.
                evidence: {CO3: 2}
              - id: num
                type: numeric
                points: 2
                text: 2 + 2?
                answer: 4
                tolerance: 0
                explanation: Because.
                evidence: {CO9: 3}
              - id: match
                type: matching
                text: Match.
                pairs:
                  - {id: p1, left: A, right: "1"}
                  - {id: p2, left: B, right: "2"}
                explanation: Because.
                evidence: {CO4: 2}
              - id: order
                type: ordering
                text: Order.
                items:
                  - {id: i1, text: First}
                  - {id: i2, text: Second}
                explanation: Because.
                evidence: {CO5: 2}
              - id: short
                type: short_answer
                text: Name the mix.
                accepted: [4P, marketing mix]
                explanation: Because.
                evidence: {CO6: 2}
            """;

    static QuizDefinition read(String yaml) throws YamlSyntaxException {
        var context = new ReadContext();
        var quiz = QuizYaml.read(SafeYaml.parse(yaml), context);
        assertThat(context.problems()).isEmpty();
        return quiz;
    }

    @Test
    void every_question_type_reads_and_writes_back_the_same() throws YamlSyntaxException {
        var quiz = read(EVERY_TYPE);

        assertThat(quiz.questions()).extracting(Question::type).containsExactly(QuestionType.values());
        assertThat(read(QuizYaml.write(quiz))).isEqualTo(quiz);
        assertThat(QuizYaml.write(read(QuizYaml.write(quiz)))).isEqualTo(QuizYaml.write(quiz));
    }

    @Test
    void a_numeric_question_without_tolerance_is_reported_at_its_question() throws YamlSyntaxException {
        var context = new ReadContext();

        QuizYaml.read(SafeYaml.parse(EVERY_TYPE.replace("    tolerance: 0\n", "")), context);

        assertThat(context.problems())
                .extracting(YamlProblem::messageKey, YamlProblem::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("field.missing", java.util.List.of("tolerance")));
        assertThat(context.problems().getFirst().position()).isEqualTo(new Position(32, 5));
    }

    @Test
    void every_bundled_quiz_reads_and_follows_the_rules() throws IOException, YamlSyntaxException {
        try (var files = Files.list(Path.of("content/quizzes"))) {
            for (Path file : files.toList()) {
                var context = new ReadContext();
                var quiz = QuizYaml.read(SafeYaml.parse(Files.readString(file)), context);
                assertThat(context.problems()).as(file.toString()).isEmpty();
                assertThat(QuizRules.check(quiz, CODES)).as(file.toString()).isEmpty();
            }
        }
    }

    @Test
    void the_rules_catch_a_pass_mark_no_attempt_can_reach_and_a_second_correct_single_option()
            throws YamlSyntaxException {
        var quiz = read(EVERY_TYPE
                .replace("pass_mark: 5", "pass_mark: 9")
                .replace("{id: b, text: Wrong, correct: false, feedback: No.}", "{id: b, text: Wrong, correct: true}"));

        assertThat(QuizRules.check(quiz, CODES))
                .containsExactlyInAnyOrder(
                        FieldProblem.of("questions/single/options", "quiz.singleNeedsOneCorrect", 2),
                        FieldProblem.of("pass_mark", "quiz.passMarkTooHigh", 9, 8));
    }

    @Test
    void with_a_draw_the_pass_mark_must_fit_the_cheapest_draw() throws YamlSyntaxException {
        var quiz = read(
                EVERY_TYPE.replace("shuffle: true", "shuffle: true\ndraw: 3").replace("pass_mark: 5", "pass_mark: 3"));

        assertThat(QuizRules.check(quiz, CODES)).isEmpty();
        assertThat(QuizRules.check(
                        read(QuizYaml.write(new QuizDefinition(
                                quiz.id(), quiz.title(), null, 5, 4, quiz.feedback(), 0, 3, true, quiz.questions()))),
                        CODES))
                .containsExactly(FieldProblem.of("pass_mark", "quiz.passMarkTooHigh", 4, 3));
    }
}
