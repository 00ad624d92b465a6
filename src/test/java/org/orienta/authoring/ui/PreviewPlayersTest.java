package org.orienta.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.content.ContentService;
import org.orienta.progress.ProgressFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/** Exercises and quizzes are previewed in the trainees' own players, and a preview records nothing. */
@WithUserDetails(TestUsers.TRAINER)
class PreviewPlayersTest extends ViewTest {

    @Autowired
    ContentService content;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void test_content() {
        ProgressFixtures.importTestContent(content);
    }

    private long recorded(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private String stage() {
        return find(Div.class)
                .withClassName("orienta-play-stage")
                .single()
                .getElement()
                .getTextRecursively();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_exercise_plays_in_the_exercise_player_scores_and_records_nothing() {
        UI.getCurrent().navigate("content/exercise/sx-classify");
        test(find(Button.class).id("preview-start")).click();

        assertThat(find(Div.class).id("exercise-player")).isNotNull();
        assertThat(find(Badge.class).id("attempt-mode").getText()).isEqualTo("Preview");
        test(find(Button.class).id("exercise-submit")).click();
        assertThat(stage()).contains("Answer every item first: items 1, 2, 3 have no answer yet.");

        test((RadioButtonGroup<String>) find(RadioButtonGroup.class).id("classify-warm"))
                .selectItem("A need");
        test((RadioButtonGroup<String>) find(RadioButtonGroup.class).id("classify-red"))
                .selectItem("A want");
        test((RadioButtonGroup<String>) find(RadioButtonGroup.class).id("classify-fast"))
                .selectItem("A want");
        test(find(Button.class).id("exercise-submit")).click();

        assertThat(stage()).contains("67% correct", "2 of 3 right");
        assertThat(find(Button.class).all()).noneMatch(b -> b.getId().orElse("").equals("back-to-training"));
        assertThat(recorded("attempt")).isZero();
        assertThat(recorded("attempt_step")).isZero();
        assertThat(recorded("competency_evidence")).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_quiz_plays_question_by_question_in_the_quiz_player_to_a_result_and_records_nothing() {
        UI.getCurrent().navigate("content/quiz/quiz-mixed");
        test(find(Button.class).id("preview-start")).click();

        assertThat(find(Div.class).id("quiz-player")).isNotNull();
        assertThat(find(Badge.class).id("attempt-mode").getText()).isEqualTo("Preview");
        for (int i = 0; i < 7; i++) {
            var body = find(Div.class).id("quiz-body");
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
                field.setValue(field.getId().orElse("").equals("quiz-number") ? "4" : "4P");
            }
            test(find(Button.class).id("quiz-answer")).click();
            assertThat(stage()).containsAnyOf("Right", "Not right");
            test(find(Button.class).id("quiz-next")).click();
        }

        assertThat(stage()).contains("of 8 points", "The pass mark is 5 points.");
        assertThat(recorded("attempt")).isZero();
        assertThat(recorded("attempt_step")).isZero();
        assertThat(recorded("competency_evidence")).isZero();
    }
}
