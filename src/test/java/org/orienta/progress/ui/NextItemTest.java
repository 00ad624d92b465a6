package org.orienta.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.content.ContentService;
import org.orienta.exercise.ExerciseAnswer;
import org.orienta.progress.ProgressFixtures;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptService;
import org.orienta.quiz.QuestionAnswer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The module "basics" lists tiny, sx-classify, sx-calculate and quiz-mixed, in that order. */
@WithUserDetails(TestUsers.TRAINEE)
class NextItemTest extends ViewTest {

    private static final String MODULE = "basics";

    @Autowired
    AttemptService attempts;

    @Autowired
    ContentService content;

    @BeforeEach
    void content() {
        ProgressFixtures.importTestContent(content);
    }

    private boolean shown(String id) {
        return find(Button.class).all().stream()
                .anyMatch(b -> b.getId().orElse("").equals(id));
    }

    @Test
    void a_finished_exercise_from_a_module_offers_the_module_s_next_item_and_starts_it() {
        var id = attempts.start(new ItemRef(ItemKind.EXERCISE, "sx-classify"), AttemptMode.ASSESSED, MODULE);
        attempts.submit(id, new ExerciseAnswer.ClassifyAnswer(Map.of("warm", "need", "red", "want", "fast", "want")));
        UI.getCurrent().navigate("attempt/" + id);

        var next = find(Button.class).id("next-item");
        assertThat(next.getText()).isEqualTo("Next: What does the lost customer cost?");

        test(next).click();
        assertThat(find(StartAttemptDialog.class).single().getHeaderTitle())
                .isEqualTo("Start “What does the lost customer cost?”");
    }

    @Test
    void a_finished_role_play_from_a_module_offers_the_next_item() {
        var id = attempts.start(new ItemRef(ItemKind.SCENARIO, "tiny"), AttemptMode.PRACTICE, MODULE);
        UI.getCurrent().navigate("attempt/" + id);

        assertThat(shown("next-item")).isFalse();
        test(find(Button.class).id("option-warm")).click();

        assertThat(find(Button.class).id("next-item").getText()).isEqualTo("Next: Needs or wants?");
    }

    @Test
    void after_a_module_s_last_item_the_action_goes_back_to_the_module() {
        var id = attempts.start(new ItemRef(ItemKind.QUIZ, "quiz-mixed"), AttemptMode.ASSESSED, MODULE);
        var play = attempts.quiz(id);
        for (var question : play.questions()) {
            play = attempts.answer(id, play.nextStep(), question.id(), new QuestionAnswer.TextAnswer("x"));
        }
        UI.getCurrent().navigate("attempt/" + id);

        assertThat(shown("next-item")).isFalse();
        test(find(Button.class).id("back-to-module")).click();
        assertThat(find(ModuleView.class).all()).hasSize(1);
    }

    @Test
    void an_attempt_started_outside_a_module_offers_no_next_item() {
        var id = attempts.start(new ItemRef(ItemKind.EXERCISE, "sx-classify"), AttemptMode.ASSESSED, null);
        attempts.submit(id, new ExerciseAnswer.ClassifyAnswer(Map.of("warm", "need", "red", "want", "fast", "want")));
        UI.getCurrent().navigate("attempt/" + id);

        assertThat(shown("next-item")).isFalse();
        assertThat(shown("back-to-module")).isFalse();
    }
}
