package org.orienta.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.content.ContentService;
import org.orienta.progress.ProgressFixtures;
import org.orienta.progress.attempt.AttemptId;
import org.orienta.progress.attempt.AttemptLimitException;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(TestUsers.TRAINEE)
class QuizPlayerTest extends ViewTest {

    private static final ItemRef QUIZ = new ItemRef(ItemKind.QUIZ, "quiz-mixed");

    @Autowired
    AttemptService attempts;

    @Autowired
    ContentService content;

    @BeforeEach
    void content() {
        ProgressFixtures.importTestContent(content);
    }

    private AttemptId open() {
        return open(AttemptMode.ASSESSED);
    }

    private AttemptId open(AttemptMode mode) {
        var id = attempts.start(QUIZ, mode, null);
        UI.getCurrent().navigate("attempt/" + id);
        return id;
    }

    /** Answers whatever question is showing correctly (or wrongly, for the numeric one). */
    @SuppressWarnings("unchecked")
    private void answerCurrent(boolean numericWrong) {
        var player = find(QuizPlayer.class).single();
        var body = player.body;
        if (!find(RadioButtonGroup.class, body).all().isEmpty()) {
            var group = find(RadioButtonGroup.class, body).single();
            if (group.getId().orElse("").equals("quiz-true-false")) {
                ((RadioButtonGroup<Boolean>) group).setValue(true);
            } else {
                ((RadioButtonGroup<String>) group).setValue("a");
            }
        } else if (!find(CheckboxGroup.class, body).all().isEmpty()) {
            ((CheckboxGroup<String>) find(CheckboxGroup.class, body).single()).setValue(java.util.Set.of("a", "b"));
        } else if (!find(Select.class, body).all().isEmpty()) {
            find(Select.class, body)
                    .all()
                    .forEach(s -> ((Select<String>) s)
                            .setValue(s.getId().orElseThrow().substring("quiz-match-".length())));
        } else if (!find(TextField.class, body).all().isEmpty()) {
            var field = find(TextField.class, body).single();
            field.setValue(field.getId().orElse("").equals("quiz-number") ? (numericWrong ? "5" : "4") : "4P");
        } else {
            while (find(Button.class, body).all().stream()
                    .anyMatch(b -> b.getId().orElse("").equals("quiz-order-up-i1") && b.isEnabled())) {
                test(find(Button.class).id("quiz-order-up-i1")).click();
            }
        }
        test(player.answerButton).click();
    }

    @Test
    void in_practice_every_question_type_is_answered_with_feedback_after_each_and_a_result_at_the_end() {
        open(AttemptMode.PRACTICE);
        for (int i = 0; i < 7; i++) {
            answerCurrent(true);
            assertThat(find(QuizPlayer.class).single().body.getElement().getTextRecursively())
                    .containsAnyOf("Right", "Not right");
            test(find(Button.class).id("quiz-next")).click();
        }

        var result = find(QuizPlayer.class).single().body.getElement().getTextRecursively();
        assertThat(result).contains("Passed", "6 of 8 points", "The pass mark is 5 points.", "Correct answer: 4");
    }

    @Test
    void answer_moves_focus_to_the_feedback_and_next_to_the_next_question_never_to_the_page() {
        open(AttemptMode.PRACTICE);
        answerCurrent(false);

        assertThat(Focus.last(UI.getCurrent()).flatMap(c -> c.getId()))
                .hasValueSatisfying(id -> assertThat(id).startsWith("review-"));

        test(find(Button.class).id("quiz-next")).click();
        var focused = Focus.last(UI.getCurrent()).orElseThrow();
        assertThat(focused.getId()).hasValue("quiz-question");
        assertThat(focused.getElement().getText()).isNotBlank();
        assertThat(focused.getElement().getAttribute("tabindex")).isEqualTo("-1");
    }

    @Test
    void in_an_assessed_quiz_answer_moves_focus_to_the_next_question_and_the_last_one_to_the_result() {
        open(AttemptMode.ASSESSED);
        answerCurrent(false);
        assertThat(Focus.last(UI.getCurrent()).flatMap(c -> c.getId())).hasValue("quiz-question");

        for (int i = 1; i < 7; i++) {
            answerCurrent(false);
        }
        assertThat(Focus.last(UI.getCurrent()).flatMap(c -> c.getId())).hasValue("quiz-outcome");
    }

    @Test
    void while_a_question_s_feedback_is_shown_the_header_stays_on_that_question() {
        open(AttemptMode.PRACTICE);
        answerCurrent(false);

        var shown = find(QuizPlayer.class).single().body.getElement().getTextRecursively();
        assertThat(shown).contains("Question 1 of 7").doesNotContain("Question 2 of 7");

        test(find(Button.class).id("quiz-next")).click();
        assertThat(find(QuizPlayer.class).single().body.getElement().getTextRecursively())
                .contains("Question 2 of 7");
    }

    @Test
    void an_assessed_quiz_holds_the_feedback_until_the_review_at_the_end() {
        open(AttemptMode.ASSESSED);
        for (int i = 0; i < 7; i++) {
            answerCurrent(true);
            assertThat(find(Button.class).all().stream().map(b -> b.getId().orElse("")))
                    .doesNotContain("quiz-next");
            if (i < 6) {
                var body = find(QuizPlayer.class).single().body.getElement();
                assertThat(body.getOuterHTML()).doesNotContain("id=\"review-");
                assertThat(body.getTextRecursively()).contains("Question " + (i + 2) + " of 7");
            }
        }

        var result = find(QuizPlayer.class).single().body.getElement().getTextRecursively();
        assertThat(result).contains("Passed", "6 of 8 points", "Correct answer: 4");
    }

    @Test
    void a_reload_shows_the_next_unanswered_question_of_the_same_paper() {
        var id = open();
        answerCurrent(false);
        var answered = attempts.quiz(id).answers().keySet();

        UI.getCurrent().navigate("my-training");
        UI.getCurrent().navigate("attempt/" + id);

        assertThat(attempts.quiz(id).answers().keySet()).isEqualTo(answered);
        assertThat(find(QuizPlayer.class).single().body.getElement().getTextRecursively())
                .contains("Question 2 of 7");
    }

    @Test
    void the_attempt_limit_stops_a_third_assessed_attempt_but_not_practice() {
        for (int i = 0; i < 2; i++) {
            var id = attempts.start(QUIZ, AttemptMode.ASSESSED, null);
            var play = attempts.quiz(id);
            for (var question : play.questions()) {
                play = attempts.answer(
                        id, play.nextStep(), question.id(), new org.orienta.quiz.QuestionAnswer.TextAnswer("x"));
            }
        }

        assertThatThrownBy(() -> attempts.start(QUIZ, AttemptMode.ASSESSED, null))
                .isInstanceOf(AttemptLimitException.class);
        assertThat(attempts.start(QUIZ, AttemptMode.PRACTICE, null)).isNotNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void moodle_partial_credit_shows_its_share_the_feedback_of_each_answer_and_the_distractor() {
        ProgressFixtures.importTestContentWithMoodleQuiz(content);
        var id = attempts.start(new ItemRef(ItemKind.QUIZ, "quiz-moodle"), AttemptMode.PRACTICE, null);
        UI.getCurrent().navigate("attempt/" + id);
        var player = find(QuizPlayer.class).single();

        assertThat(shown(player)).contains("Think of the shop.");
        ((CheckboxGroup<String>) find(CheckboxGroup.class, player.body).single()).setValue(java.util.Set.of("a"));
        test(player.answerButton).click();
        assertThat(shown(player)).contains("Partly right: 0.5 of 1 point", "Ripe.");
        test(find(Button.class).id("quiz-next")).click();

        find(TextField.class, player.body).single().setValue("cat");
        test(player.answerButton).click();
        assertThat(shown(player)).contains("Partly right: 0.5 of 1 point", "A cat says meow.", "Correct answer: Frog");
        test(find(Button.class).id("quiz-next")).click();

        var selects = find(Select.class, player.body).all();
        assertThat(((Select<String>) selects.getFirst()).getListDataView().getItems())
                .contains("distractor-1");
        assertThat(((Select<String>) selects.getFirst()).getItemLabelGenerator().apply("distractor-1"))
                .isEqualTo("Chat");
    }

    /** The player's text, Markdown blocks included. */
    private String shown(QuizPlayer player) {
        return player.body.getElement().getTextRecursively() + " "
                + player.body.getElement().getOuterHTML();
    }
}
