package org.orienta.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orienta.base.yaml.YamlSyntaxException;
import org.orienta.quiz.QuestionAnswer.ChosenOption;
import org.orienta.quiz.QuestionAnswer.ChosenOptions;
import org.orienta.quiz.QuestionAnswer.MatchingAnswer;
import org.orienta.quiz.QuestionAnswer.NumericAnswer;
import org.orienta.quiz.QuestionAnswer.OrderingAnswer;
import org.orienta.quiz.QuestionAnswer.TextAnswer;
import org.orienta.quiz.QuestionAnswer.TrueFalseAnswer;

class QuizScoringTest {

    private final QuizDefinition quiz;

    QuizScoringTest() throws YamlSyntaxException {
        quiz = QuizYamlTest.read(QuizYamlTest.EVERY_TYPE.replace("tolerance: 0", "tolerance: 0.5"));
    }

    private boolean correct(String question, QuestionAnswer answer) {
        return QuizScoring.score(quiz.question(question).orElseThrow(), answer).correct();
    }

    @Test
    void each_type_is_scored_all_or_nothing() {
        assertThat(correct("single", new ChosenOption("a"))).isTrue();
        assertThat(correct("single", new ChosenOption("b"))).isFalse();
        assertThat(correct("multi", new ChosenOptions(Set.of("a", "b")))).isTrue();
        assertThat(correct("multi", new ChosenOptions(Set.of("a")))).isFalse();
        assertThat(correct("multi", new ChosenOptions(Set.of("a", "b", "c")))).isFalse();
        assertThat(correct("tf", new TrueFalseAnswer(true))).isTrue();
        assertThat(correct("match", new MatchingAnswer(Map.of("p1", "p1", "p2", "p2"))))
                .isTrue();
        assertThat(correct("match", new MatchingAnswer(Map.of("p1", "p2", "p2", "p1"))))
                .isFalse();
        assertThat(correct("order", new OrderingAnswer(List.of("i1", "i2")))).isTrue();
        assertThat(correct("order", new OrderingAnswer(List.of("i2", "i1")))).isFalse();
    }

    @Test
    void a_numeric_answer_within_the_tolerance_counts_and_just_outside_does_not() {
        assertThat(correct("num", new NumericAnswer(new BigDecimal("4.5")))).isTrue();
        assertThat(correct("num", new NumericAnswer(new BigDecimal("3.5")))).isTrue();
        assertThat(correct("num", new NumericAnswer(new BigDecimal("4.51")))).isFalse();
    }

    @Test
    void short_answers_ignore_case_accents_punctuation_and_spacing() {
        assertThat(correct("short", new TextAnswer("  Marketing   MIX. "))).isTrue();
        assertThat(correct("short", new TextAnswer("4 p"))).isTrue();
        assertThat(correct("short", new TextAnswer("five p"))).isFalse();
    }

    @Test
    void the_same_seed_gives_the_same_paper_and_a_draw_takes_distinct_questions() throws YamlSyntaxException {
        var drawing = QuizYamlTest.read(QuizYamlTest.EVERY_TYPE
                .replace("shuffle: true", "shuffle: true\ndraw: 4")
                .replace("pass_mark: 5", "pass_mark: 2"));

        var first = QuizPaper.draw(drawing, 42);

        assertThat(QuizPaper.draw(drawing, 42)).isEqualTo(first);
        assertThat(first.questions()).hasSize(4).doesNotHaveDuplicates();
    }

    @Test
    void a_quiz_passes_exactly_at_its_pass_mark() {
        var paper = QuizPaper.draw(quiz, 1);
        var results = paper.questions().stream()
                .map(q -> new QuizScoring.QuestionResult(
                        q.id(),
                        q.id().equals("num")
                                || q.id().equals("single")
                                || q.id().equals("tf")
                                || q.id().equals("match"),
                        0,
                        q.points()))
                .map(r -> new QuizScoring.QuestionResult(
                        r.questionId(),
                        r.correct(),
                        r.correct()
                                ? quiz.question(r.questionId()).orElseThrow().points()
                                : 0,
                        r.maxPoints()))
                .toList();

        var result = QuizScoring.total(quiz, paper, results);

        assertThat(result.points()).isEqualTo(5);
        assertThat(result.passed()).isTrue();
        assertThat(QuizScoring.total(quiz, paper, results.subList(0, 0)).passed())
                .isFalse();
    }

    @Test
    void a_wrong_answer_is_level_one_evidence_of_the_same_competency() {
        var question = quiz.question("multi").orElseThrow();

        var evidence = QuizScoring.evidence(question, QuizScoring.score(question, new ChosenOptions(Set.of("c"))));

        assertThat(evidence).singleElement().satisfies(e -> {
            assertThat(e.competency().value()).isEqualTo("CO2");
            assertThat(e.level()).isEqualTo(1);
        });
    }
}
