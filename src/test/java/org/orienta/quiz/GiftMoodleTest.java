package org.orienta.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orienta.base.LocalizedText;
import org.orienta.quiz.Question.Choice;
import org.orienta.quiz.Question.MatchingQuestion;
import org.orienta.quiz.Question.MultipleChoice;
import org.orienta.quiz.Question.NumericQuestion;
import org.orienta.quiz.Question.ShortAnswer;
import org.orienta.quiz.Question.SingleChoice;
import org.orienta.quiz.Question.TrueFalse;
import org.orienta.quiz.QuestionAnswer.ChosenOption;
import org.orienta.quiz.QuestionAnswer.ChosenOptions;
import org.orienta.quiz.QuestionAnswer.MatchingAnswer;
import org.orienta.quiz.QuestionAnswer.NumericAnswer;
import org.orienta.quiz.QuestionAnswer.TextAnswer;

/** Every feature of Moodle's GIFT documentation, read, scored as Moodle scores it, and written back. */
class GiftMoodleTest {

    private static Gift.Read features() throws IOException {
        return Gift.read(Files.readString(Path.of("src/test/resources/gift/moodle-features.gift.txt")));
    }

    private static Question question(String title) throws IOException {
        return features().questions().stream()
                .filter(q -> q.info().title() != null
                        && title.equals(q.info().title().english()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no question " + title));
    }

    private static double points(Question question, QuestionAnswer answer) {
        return QuizScoring.score(question, answer).points();
    }

    private static String option(Question question, String text) {
        var options = question instanceof SingleChoice s ? s.options() : ((MultipleChoice) question).options();
        return options.stream()
                .filter(o -> o.text().english().equals(text))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void every_question_of_moodles_documentation_is_read_and_essays_and_descriptions_are_reported() throws IOException {
        var read = features();

        assertThat(read.problems()).isEmpty();
        assertThat(read.questions()).hasSize(19);
        assertThat(read.skipped())
                .extracting(Gift.Problem::line, Gift.Problem::messageKey)
                .containsExactly(tuple(94, "gift.skipped.essay"), tuple(96, "gift.skipped.description"));
    }

    @Test
    void question_names_are_kept_as_titles() throws IOException {
        var read = features();

        assertThat(read.questions())
                .extracting(
                        q -> q.info().title() == null ? null : q.info().title().english())
                .startsWith("Q1 Tomb", "Q2", "2-08 TSL", "Q4 Colours");
        assertThat(read.questions()).extracting(Question::id).startsWith("q1-tomb", "q2", "q-2-08-tsl");
    }

    @Test
    void general_feedback_is_the_explanation_and_per_answer_feedback_stays_with_its_answer() throws IOException {
        var tomb = (SingleChoice) question("Q1 Tomb");

        assertThat(tomb.info().explanation().english()).isEqualTo("The tomb holds Ulysses S. Grant and Julia Grant.");
        assertThat(tomb.options())
                .extracting(o -> o.text().english(), o -> o.feedback().english())
                .containsExactly(
                        tuple("Grant", "Right, he and his wife."),
                        tuple("No one", "That is the old joke."),
                        tuple("Napoleon", "He is in Paris."));
    }

    @Test
    void a_missing_word_becomes_a_blank_and_other_text_after_the_answers_stays_after_them() throws IOException {
        assertThat(question("Q2").info().text().english()).isEqualTo("Moodle costs _____ to download from moodle.org.");
        assertThat(question("Q2").info().textAfter()).isNull();

        var fruit = question("Q19");
        assertThat(fruit.info().text().english()).isEqualTo("Which is a fruit?");
        assertThat(fruit.info().textAfter()).isEqualTo(LocalizedText.english("(Answer before lunch.)"));
    }

    @Test
    void text_after_the_closing_brace_is_not_glued_into_the_question() {
        var read = Gift.read("::Q5:: What is a number from 1 to 5? {#3:2~#Completely wrong}\";");

        assertThat(read.problems()).isEmpty();
        var question = read.questions().getFirst();
        assertThat(question.info().text().english()).isEqualTo("What is a number from 1 to 5?");
        assertThat(question.info().textAfter()).isEqualTo(LocalizedText.english("\";"));
    }

    @Test
    void a_wrong_single_choice_answer_with_a_weight_earns_that_share() throws IOException {
        var tsl = (SingleChoice) question("2-08 TSL");

        assertThat(points(tsl, new ChosenOption(option(tsl, "Acknowledge the problem"))))
                .isEqualTo(1.0);
        assertThat(points(tsl, new ChosenOption(option(tsl, "Apologise at once"))))
                .isEqualTo(0.5);
        assertThat(points(tsl, new ChosenOption(option(tsl, "Explain the policy"))))
                .isZero();
    }

    @Test
    void multiple_response_keeps_moodles_weights_and_sums_the_ticked_ones_never_below_nothing() throws IOException {
        var colours = (MultipleChoice) question("Q4 Colours");

        assertThat(colours.options())
                .extracting(Choice::weight)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(
                        BigDecimal.valueOf(50),
                        BigDecimal.valueOf(-100),
                        BigDecimal.valueOf(50),
                        BigDecimal.valueOf(-100));
        var yellow = option(colours, "yellow");
        var beige = option(colours, "off-beige");
        var red = option(colours, "red");
        assertThat(points(colours, new ChosenOptions(Set.of(yellow)))).isEqualTo(0.5);
        assertThat(points(colours, new ChosenOptions(Set.of(yellow, beige)))).isEqualTo(1.0);
        assertThat(QuizScoring.score(colours, new ChosenOptions(Set.of(yellow, beige)))
                        .correct())
                .isTrue();
        assertThat(points(colours, new ChosenOptions(Set.of(yellow, beige, red))))
                .isZero();
        assertThat(points(colours, new ChosenOptions(Set.of(red)))).isZero();
    }

    @Test
    void true_false_in_short_and_long_forms_with_feedback_for_the_wrong_answer_first() throws IOException {
        assertThat(((TrueFalse) question("Q5")).answer()).isTrue();
        var grant = (TrueFalse) question("Q6");
        assertThat(grant.answer()).isFalse();
        assertThat(grant.feedbackTrue()).isEqualTo(LocalizedText.english("No, in New York."));
        assertThat(grant.feedbackFalse()).isEqualTo(LocalizedText.english("Right, New York."));
    }

    @Test
    void short_answers_keep_credit_and_feedback_and_the_star_catches_everything_else() throws IOException {
        var frog = (ShortAnswer) question("Q8");

        assertThat(frog.accepted()).isEmpty();
        assertThat(frog.responses()).extracting(r -> r.text().english()).containsExactly("Frog", "Cat", "*");
        assertThat(points(frog, new TextAnswer("frog"))).isEqualTo(1.0);
        assertThat(QuizScoring.feedback(frog, new TextAnswer("frog"))).containsExactly(LocalizedText.english("Good!"));
        assertThat(points(frog, new TextAnswer("Cat"))).isEqualTo(0.5);
        assertThat(QuizScoring.feedback(frog, new TextAnswer("Cat")))
                .containsExactly(LocalizedText.english("A cat says meow."));
        assertThat(points(frog, new TextAnswer("."))).isZero();
        assertThat(QuizScoring.score(frog, new TextAnswer(".")).correct()).isFalse();
        assertThat(QuizScoring.feedback(frog, new TextAnswer(".")))
                .containsExactly(LocalizedText.english("Completely wrong"));

        assertThat(((ShortAnswer) question("Q7")).accepted())
                .extracting(LocalizedText::english)
                .containsExactly("four", "4");
    }

    @Test
    void a_matching_answer_with_nothing_on_the_left_is_a_distractor_on_the_right() throws IOException {
        var capitals = (MatchingQuestion) question("Q9");

        assertThat(capitals.pairs()).extracting(p -> p.left().english()).containsExactly("Canada", "Italy", "Japan");
        assertThat(capitals.distractors()).containsExactly(LocalizedText.english("Chat"));
        assertThat(QuizRules.check(quiz(capitals), Set.of())).isEmpty();
        assertThat(QuizPaper.displayOrder(capitals, 7)).contains(MatchingQuestion.distractorId(0));
        assertThat(points(capitals, new MatchingAnswer(Map.of("p1", "p1", "p2", "p2", "p3", "p3"))))
                .isEqualTo(1.0);
        assertThat(points(capitals, new MatchingAnswer(Map.of("p1", "distractor-1", "p2", "p2", "p3", "p3"))))
                .isZero();
    }

    @Test
    void numeric_answers_read_tolerances_ranges_partial_credit_and_a_feedback_only_wrong_answer() throws IOException {
        var born = (NumericQuestion) question("Q10");
        assertThat(born.answer()).isEqualByComparingTo("1822");
        assertThat(born.tolerance()).isEqualByComparingTo("5");

        var range = (NumericQuestion) question("Q11");
        assertThat(range.answer()).isEqualByComparingTo("3");
        assertThat(range.tolerance()).isEqualByComparingTo("2");

        var exact = (NumericQuestion) question("Q12");
        assertThat(exact.feedback()).isEqualTo(LocalizedText.english("Correct!"));
        assertThat(points(exact, new NumericAnswer(new BigDecimal("1822")))).isEqualTo(1.0);
        assertThat(points(exact, new NumericAnswer(new BigDecimal("1823")))).isEqualTo(0.5);
        assertThat(QuizScoring.feedback(exact, new NumericAnswer(new BigDecimal("1823"))))
                .containsExactly(LocalizedText.english("Close."));

        var wrong = (NumericQuestion) question("Q13");
        assertThat(points(wrong, new NumericAnswer(new BigDecimal("4")))).isEqualTo(1.0);
        assertThat(points(wrong, new NumericAnswer(new BigDecimal("9")))).isZero();
        assertThat(QuizScoring.feedback(wrong, new NumericAnswer(new BigDecimal("9"))))
                .containsExactly(LocalizedText.english("Completely wrong"));
    }

    @Test
    void format_markers_become_markdown_and_never_raw_html() throws IOException {
        var html = (MatchingQuestion) question("Q14");
        assertThat(html.info().text().english()).isEqualTo("Match the **activity** with its *place*.\nChoose well.");
        assertThat(html.pairs().getFirst().left().english()).isEqualTo("**Swimming**");

        var moodle = (SingleChoice) question("Q15");
        assertThat(moodle.info().text().english()).isEqualTo("Which answer is \\*plain\\*?\nSecond line.");
        assertThat(moodle.options().getFirst().text().english()).isEqualTo("a \\* b");
        assertThat(moodle.options().getFirst().feedback().english()).isEqualTo("*Yes*");
        assertThat(moodle.options().get(1).text().english()).isEqualTo("**bold**");

        assertThat(question("Q16").info().text().english()).isEqualTo("Is 2 \\* 3 = 6 written \\<literally\\>?");
        assertThat(question("Q17").info().text().english()).isEqualTo("Is **this** Markdown?");
        assertThat(features().questions())
                .allSatisfy(q -> assertThat(q.info().text().english()).doesNotContain("<b>", "<br>", "<i>"));
    }

    @Test
    void html_is_sanitised_on_the_way_in() {
        var read = Gift.read("::X::[html]<script>alert(1)</script><a href=\"javascript:alert(1)\">click</a> "
                + "<a href=\"https://moodle.org\">Moodle</a>{T}");

        assertThat(read.questions().getFirst().info().text().english()).isEqualTo("click [Moodle](https://moodle.org)");
    }

    @Test
    void escaped_characters_are_read_as_themselves() throws IOException {
        var escapes = (SingleChoice) question("Q18 Escapes");

        assertThat(escapes.info().text().english())
                .isEqualTo("Which sign means \"about\" in 5 ~ 6, and what is { }? \nA new line.");
        assertThat(escapes.options())
                .extracting(o -> o.text().english())
                .containsExactly("The tilde ~", "The equals sign =", "The hash #");
        assertThat(escapes.options().getFirst().feedback().english()).isEqualTo("Yes: about.");
    }

    @Test
    void the_export_reads_back_as_the_same_questions() throws IOException {
        var original = features().questions();

        var written = Gift.write(original);
        var back = Gift.read(written.text());

        assertThat(back.problems()).isEmpty();
        assertThat(back.questions()).containsExactlyElementsOf(original);
    }

    @Test
    void the_export_keeps_names_partial_credit_and_feedback_and_invents_no_general_feedback() throws IOException {
        var text = Gift.write(features().questions()).text();

        assertThat(text)
                .contains("::2-08 TSL::", "::Q2::", "~%50%Apologise at once#Good, but acknowledge first.")
                .contains("~%-100%red#Not a banana.", "=%50%Cat#A cat says meow.", "=%0%*#Completely wrong")
                .contains("= -> Chat", "=%50%1822:2#Close.", "~#Completely wrong")
                .contains("####The tomb holds Ulysses S. Grant and Julia Grant.");
        assertThat(text.split("####", -1)).hasSize(2);
    }

    @Test
    void an_unreadable_number_is_reported_in_words_with_its_line() {
        var read = Gift.read("::Fine::A {T}\n\n::Bad::Give a number {#three:2}\n");

        assertThat(read.problems())
                .extracting(Gift.Problem::line, Gift.Problem::messageKey, Gift.Problem::arguments)
                .containsExactly(tuple(3, "gift.notANumber", List.of("three")));
        assertThat(read.questions()).hasSize(1);
    }

    @Test
    void an_answer_without_its_mark_is_reported_in_words() {
        var read = Gift.read("::Fine::Pick one {=yes ~no}\n\n::Odd::Pick {yes ~no}\n");

        assertThat(read.problems())
                .extracting(Gift.Problem::line, Gift.Problem::messageKey)
                .containsExactly(tuple(3, "gift.answerMark"));
    }

    private static QuizDefinition quiz(Question question) {
        return new QuizDefinition(
                "q",
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
    }
}
