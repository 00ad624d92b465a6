package org.orienta.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.authoring.AuthoringService;
import org.orienta.authoring.ContentKind;
import org.orienta.competency.CompetencyService;
import org.orienta.content.ContentService;
import org.orienta.content.ContentSource;
import org.orienta.exercise.ClassifyExercise;
import org.orienta.quiz.Question;
import org.orienta.quiz.QuizDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Exercises, quizzes and the framework edited in forms, without touching YAML. */
@WithUserDetails(TestUsers.TRAINER)
class FormEditorTest extends ViewTest {

    @Autowired
    ContentService content;

    @Autowired
    AuthoringService authoring;

    @Autowired
    CompetencyService competencies;

    @BeforeEach
    void the_bundled_pack() {
        content.importFiles(ContentSource.folder(Path.of("content")));
    }

    private Object draft(ContentKind kind, String key) {
        return authoring.readDefinition(kind, authoring.open(kind, key).body()).orElseThrow();
    }

    @Test
    void an_exercise_item_is_edited_and_a_new_one_added_in_the_form() {
        UI.getCurrent().navigate("content/exercise/sx-01");
        var before = (ClassifyExercise) draft(ContentKind.EXERCISE, "sx-01");

        test(find(TextArea.class).id("form-info-title")).setValue("Low, standard or WOW?");
        test(find(Button.class).id("form-items-add")).click();

        var after = (ClassifyExercise) draft(ContentKind.EXERCISE, "sx-01");
        assertThat(after.title().english()).isEqualTo("Low, standard or WOW?");
        assertThat(after.items()).hasSize(before.items().size() + 1);
        assertThat(find(TextField.class).id("form-info-id").isReadOnly()).isTrue();
    }

    @Test
    void a_quiz_gets_a_new_true_false_question_that_reads_like_its_neighbours() {
        UI.getCurrent().navigate("content/quiz/quiz-foundations");
        var before = (QuizDefinition) draft(ContentKind.QUIZ, "quiz-foundations");

        test(find(Button.class).id("form-questions-add-truefalse")).click();

        var after = (QuizDefinition) draft(ContentKind.QUIZ, "quiz-foundations");
        assertThat(after.questions()).hasSize(before.questions().size() + 1);
        var added = after.questions().getLast();
        assertThat(added).isInstanceOf(Question.TrueFalse.class);
        assertThat(added.type()).isEqualTo(org.orienta.quiz.QuestionType.TRUE_FALSE);
        // It takes its evidence and points from the question before it, so it is valid from the start.
        assertThat(added.info().evidence())
                .isEqualTo(before.questions().getLast().info().evidence());
        assertThat(authoring.check(
                        ContentKind.QUIZ,
                        "quiz-foundations",
                        authoring.open(ContentKind.QUIZ, "quiz-foundations").body()))
                .isEmpty();
    }

    @Test
    void a_quiz_setting_refused_by_its_field_is_not_applied() {
        UI.getCurrent().navigate("content/quiz/quiz-foundations");

        test(find(IntegerField.class).id("form-minutes")).setValue(25);

        assertThat(((QuizDefinition) draft(ContentKind.QUIZ, "quiz-foundations")).minutes())
                .isEqualTo(25);
    }

    @Test
    void the_framework_keeps_its_codes_and_levels_while_descriptors_are_edited() {
        UI.getCurrent().navigate("content/framework/framework");

        assertThat(find(TextField.class).id("form-competencies-1-code").isReadOnly())
                .isTrue();
        assertThat(find(Button.class).all()).noneMatch(b -> b.getId().orElse("").startsWith("form-competencies-add"));
        test(find(TextArea.class).id("form-competencies-1-name")).setValue("Customer focus, renamed");

        var published = authoring.publish(
                ContentKind.FRAMEWORK,
                "framework",
                authoring.open(ContentKind.FRAMEWORK, "framework").lock());
        assertThat(published.published()).isTrue();
        assertThat(competencies.framework().competencies().getFirst().name().english())
                .isEqualTo("Customer focus, renamed");
    }
}
