package org.orienta.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orienta.base.LocalizedText;
import org.orienta.competency.CompetencyCode;
import org.orienta.competency.Evidence;
import org.orienta.quiz.Question.MatchingQuestion;
import org.orienta.quiz.Question.MultipleChoice;
import org.orienta.quiz.Question.NumericQuestion;
import org.orienta.quiz.Question.OrderingQuestion;
import org.orienta.quiz.Question.QuestionInfo;
import org.orienta.quiz.Question.ShortAnswer;
import org.orienta.quiz.Question.SingleChoice;
import org.orienta.quiz.Question.TrueFalse;

class GiftTest {

    private static Gift.Read everyType() throws IOException {
        return Gift.read(Files.readString(Path.of("src/test/resources/gift/every-type.gift.txt")));
    }

    @Test
    void every_supported_gift_type_becomes_the_matching_question_type() throws IOException {
        var read = everyType();

        assertThat(read.problems()).isEmpty();
        assertThat(read.questions())
                .extracting(Question::type)
                .containsExactly(
                        QuestionType.SINGLE,
                        QuestionType.MULTIPLE,
                        QuestionType.TRUE_FALSE,
                        QuestionType.SHORT_ANSWER,
                        QuestionType.NUMERIC,
                        QuestionType.MATCHING,
                        QuestionType.SINGLE);
    }

    @Test
    void answers_feedback_and_orienta_comments_are_kept() throws IOException {
        var questions = everyType().questions();

        var wow = (SingleChoice) questions.get(0);
        assertThat(wow.id()).isEqualTo("wow-definition");
        assertThat(wow.options())
                .filteredOn(Question.Choice::correct)
                .extracting(c -> c.text().english())
                .containsExactly("more than they expected");
        assertThat(wow.options().get(1).feedback()).isEqualTo(LocalizedText.english("That is standard service."));
        assertThat(wow.info().explanation().english()).isEqualTo("WOW means more than expected (002 ~L418).");
        assertThat(wow.info().evidence()).containsExactly(new Evidence(new CompetencyCode("CO5"), 2));
        assertThat(wow.info().tags()).containsExactly("service-levels");

        var greeting = (MultipleChoice) questions.get(1);
        assertThat(greeting.options()).extracting(Question.Choice::correct).containsExactly(true, true, false);

        var queue = (TrueFalse) questions.get(2);
        assertThat(queue.answer()).isTrue();
        assertThat(queue.points()).isEqualTo(2);
        assertThat(queue.feedbackFalse()).isEqualTo(LocalizedText.english("Too slow: greet within seconds."));
        assertThat(queue.feedbackTrue()).isEqualTo(LocalizedText.english("Yes, within seconds."));

        assertThat(((ShortAnswer) questions.get(3)).accepted())
                .extracting(LocalizedText::english)
                .containsExactly("customer lifetime value", "lifetime value");
        var lost = (NumericQuestion) questions.get(4);
        assertThat(lost.answer()).isEqualByComparingTo("2400");
        assertThat(lost.tolerance()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(((MatchingQuestion) questions.get(5)).pairs())
                .extracting(p -> p.right().english())
                .containsExactly("negative emotions", "indifference", "delight");
        assertThat(questions.get(6).info().text().english()).isEqualTo("The customer is always _____ of our work.");
    }

    @Test
    void essays_and_descriptions_are_skipped_and_reported_with_their_lines() throws IOException {
        var read = everyType();

        assertThat(read.skipped())
                .extracting(Gift.Problem::messageKey)
                .containsExactly("gift.skipped.essay", "gift.skipped.description");
        assertThat(read.skipped()).extracting(Gift.Problem::line).containsExactly(33, 35);
    }

    @Test
    void a_question_that_cannot_be_read_is_reported_with_its_line() throws IOException {
        var read = Gift.read(Files.readString(Path.of("src/test/resources/gift/broken.gift.txt")));

        assertThat(read.problems())
                .extracting(Gift.Problem::line, Gift.Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "gift.unclosedBrace"));
    }

    @Test
    void metadata_that_cannot_be_read_is_reported_on_the_comment_line() {
        var read = Gift.read("// orienta: evidence CO99:7\n::q::Text {T}\n");

        assertThat(read.problems())
                .extracting(Gift.Problem::line, Gift.Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "gift.badMetadata"));
    }

    @Test
    void exported_gift_reads_back_as_the_same_questions() throws IOException {
        var original = everyType().questions();

        var written = Gift.write(original);
        var back = Gift.read(written.text());

        assertThat(back.problems()).isEmpty();
        assertThat(written.skippedQuestionIds()).isEmpty();
        assertThat(back.questions()).hasSameSizeAs(original);
        for (int i = 0; i < original.size(); i++) {
            assertThat(normalised(back.questions().get(i)))
                    .as(original.get(i).id())
                    .isEqualTo(normalised(original.get(i)));
        }
    }

    @Test
    void text_with_gift_special_characters_survives_the_round_trip() {
        var info = new QuestionInfo(
                "tricky",
                QuestionType.SHORT_ANSWER,
                LocalizedText.english("Type {braces}, a ~tilde, = equals, # hash and a colon: done"),
                1,
                LocalizedText.english("Escapes: \\ backslash"),
                null,
                List.of(),
                List.of());
        var question = new ShortAnswer(info, List.of(LocalizedText.english("a=b")));

        var back = Gift.read(Gift.write(List.of(question)).text()).questions();

        assertThat(back).singleElement().satisfies(q -> {
            assertThat(q.info().text()).isEqualTo(info.text());
            assertThat(q.info().explanation()).isEqualTo(info.explanation());
            assertThat(((ShortAnswer) q).accepted())
                    .extracting(LocalizedText::english)
                    .containsExactly("a=b");
        });
    }

    @Test
    void ordering_questions_have_no_gift_form_and_are_named_as_left_out() {
        var info = new QuestionInfo(
                "steps",
                QuestionType.ORDERING,
                LocalizedText.english("Order"),
                1,
                LocalizedText.english("Because"),
                null,
                List.of(),
                List.of());
        var ordering = new OrderingQuestion(
                info,
                List.of(
                        new Question.Entry("a", LocalizedText.english("A")),
                        new Question.Entry("b", LocalizedText.english("B"))));

        var written = Gift.write(List.of(ordering));

        assertThat(written.skippedQuestionIds()).containsExactly("steps");
        assertThat(written.text()).isEmpty();
    }

    /** GIFT renames options (a, b, c) and numbers pairs; what a trainee sees and how it scores must match. */
    private static Object normalised(Question q) {
        return switch (q) {
            case SingleChoice s ->
                List.of(
                        s.info(),
                        s.options().stream()
                                .map(c -> List.of(c.text(), c.correct(), String.valueOf(c.feedback())))
                                .toList());
            case MultipleChoice m ->
                List.of(
                        m.info(),
                        m.options().stream()
                                .map(c -> List.of(c.text(), c.correct(), String.valueOf(c.feedback())))
                                .toList());
            case MatchingQuestion m ->
                List.of(
                        m.info(),
                        m.pairs().stream()
                                .map(p -> List.of(p.left(), p.right()))
                                .toList());
            default -> q;
        };
    }
}
