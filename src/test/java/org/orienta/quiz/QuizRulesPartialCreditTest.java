package org.orienta.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orienta.base.FieldProblem;
import org.orienta.base.LocalizedText;
import org.orienta.quiz.Question.Choice;
import org.orienta.quiz.Question.MultipleChoice;
import org.orienta.quiz.Question.QuestionInfo;
import org.orienta.quiz.Question.ShortAnswer;
import org.orienta.quiz.Question.TextResponse;

class QuizRulesPartialCreditTest {

    private static QuestionInfo info(QuestionType type) {
        return new QuestionInfo(
                "q", type, LocalizedText.english("Q"), 1, LocalizedText.english("E"), null, List.of(), List.of());
    }

    private static List<String> problems(Question question) {
        var quiz = new QuizDefinition(
                "quiz",
                LocalizedText.english("Q"),
                null,
                5,
                0,
                QuizFeedback.IMMEDIATE,
                0,
                null,
                true,
                null,
                List.of(question));
        return QuizRules.check(quiz, Set.of()).stream()
                .map(FieldProblem::messageKey)
                .toList();
    }

    private static Choice option(String id, boolean correct, int weight) {
        return new Choice(id, LocalizedText.english(id), correct, null, false, BigDecimal.valueOf(weight));
    }

    @Test
    void positive_weights_that_do_not_add_up_to_100_are_refused() {
        var question = new MultipleChoice(
                info(QuestionType.MULTIPLE),
                List.of(option("a", true, 50), option("b", true, 40), option("c", false, -100)));

        assertThat(problems(question)).containsExactly("quiz.weightsNot100");
    }

    @Test
    void a_weight_that_contradicts_correct_is_refused() {
        var question = new MultipleChoice(
                info(QuestionType.MULTIPLE), List.of(option("a", true, 100), option("b", true, -50)));

        assertThat(problems(question)).contains("quiz.weightContradicts");
    }

    @Test
    void moodles_weights_pass() {
        var question = new MultipleChoice(
                info(QuestionType.MULTIPLE),
                List.of(option("a", true, 50), option("b", false, -100), option("c", true, 50)));

        assertThat(problems(question)).isEmpty();
    }

    @Test
    void a_short_answer_needs_full_credit_somewhere_and_never_an_empty_answer() {
        var none = new ShortAnswer(
                info(QuestionType.SHORT_ANSWER),
                List.of(),
                List.of(
                        new TextResponse(LocalizedText.english("Cat"), BigDecimal.valueOf(50), null),
                        new TextResponse(LocalizedText.english(" "), BigDecimal.ZERO, null)));

        assertThat(problems(none)).containsExactly("quiz.noAcceptedAnswer", "quiz.emptyResponse");
    }
}
