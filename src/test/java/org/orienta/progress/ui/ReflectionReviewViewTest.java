package org.orienta.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.SignedIn;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.content.ContentService;
import org.orienta.exercise.ExerciseAnswer.ReflectionAnswer;
import org.orienta.progress.ProgressFixtures;
import org.orienta.progress.attempt.AttemptId;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptService;
import org.orienta.progress.attempt.AttemptStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** A trainer reviews a reflection exercise from the queue: each question, the trainee's answer, the rubric. */
@WithUserDetails(TestUsers.TRAINER)
class ReflectionReviewViewTest extends ViewTest {

    @Autowired
    ContentService content;

    @Autowired
    AttemptService attempts;

    @Autowired
    UserDetailsService users;

    private AttemptId submitted;

    @BeforeEach
    void a_submitted_reflection() {
        ProgressFixtures.importTestContentWithReflections(content);
        submitted = SignedIn.callAs(users, TestUsers.TRAINEE, () -> {
            var id = attempts.start(new ItemRef(ItemKind.EXERCISE, "sx-reflection"), AttemptMode.ASSESSED, null);
            attempts.submit(
                    id,
                    new ReflectionAnswer(Map.of(
                            "mood", "Tired; she kept sighing.",
                            "lesson", "I would check the date while they wait.")));
            return id;
        });
    }

    @Test
    void the_trainer_sees_each_question_above_the_answer_and_scores_the_rubric() {
        UI.getCurrent().navigate("reviews");
        var queue = find(ReviewQueueView.class).single();
        assertThat(test(queue.grid).size()).isEqualTo(1);

        UI.getCurrent().navigate("reviews/" + submitted.value());
        var view = find(ReviewView.class).single();
        assertThat(find(H3.class).id("question-mood").getText()).isEqualTo("What mood was the employee in?");
        assertThat(find(Paragraph.class).id("answer-mood").getText()).isEqualTo("Tired; she kept sighing.");
        assertThat(find(Paragraph.class).id("answer-lesson").getText())
                .isEqualTo("I would check the date while they wait.");
        assertThat(view.getElement().getTextRecursively())
                .contains("One way of answering", "Notes to compare with")
                .doesNotContain("Cold reply", "Model answer:");
        // Guidance and notes are markdown, rendered as HTML.
        assertThat(find(com.vaadin.flow.component.Html.class).all().stream()
                        .map(com.vaadin.flow.component.Html::getInnerHtml)
                        .collect(java.util.stream.Collectors.joining("\n")))
                .contains("Say how it showed.", "Most stories turn on being passed on");
        assertThat(view.levels).containsOnlyKeys("specific", "lesson");

        view.levels.values().forEach(s -> s.setValue(3));
        test(view.comment).setValue("A clear episode; now name what you will do.");
        test(view.submit).click();

        var play = SignedIn.callAs(users, TestUsers.TRAINEE, () -> attempts.exercise(submitted));
        assertThat(play.status()).isEqualTo(AttemptStatus.COMPLETED);
        assertThat(play.review().levels()).containsEntry("specific", 3).containsEntry("lesson", 3);
    }
}
