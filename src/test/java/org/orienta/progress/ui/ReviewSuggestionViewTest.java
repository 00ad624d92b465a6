package org.orienta.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.SignedIn;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.content.ContentService;
import org.orienta.exercise.ExerciseAnswer.RewriteAnswer;
import org.orienta.progress.ProgressFixtures;
import org.orienta.progress.attempt.AttemptId;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The suggested level beside each rubric criterion of the review page, and its accuracy on the queue. */
@WithUserDetails(TestUsers.TRAINER)
class ReviewSuggestionViewTest extends ViewTest {

    @Autowired
    ContentService content;

    @Autowired
    AttemptService attempts;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void content() {
        ProgressFixtures.importTestContent(content);
    }

    private AttemptId submitted(String refund) {
        return SignedIn.callAs(users, TestUsers.TRAINEE, () -> {
            var id = attempts.start(new ItemRef(ItemKind.EXERCISE, "sx-rewrite"), AttemptMode.ASSESSED, null);
            attempts.submit(id, new RewriteAnswer(Map.of("refund", refund)));
            return id;
        });
    }

    private ReviewView open(AttemptId id) {
        UI.getCurrent().navigate("reviews/" + id.value());
        return find(ReviewView.class).single();
    }

    private String chip(String criterion) {
        return find(Span.class).id("suggestion-" + criterion).getText();
    }

    @Test
    void
            each_criterion_shows_its_suggested_level_with_the_reason_and_confidence_and_no_level_is_chosen_for_the_trainer() {
        var view = open(submitted(
                "I'm so sorry about the wait. I'll start your refund right now and email you once it's through."));

        assertThat(chip("empathy")).startsWith("Suggested: Professional. Close to the model answer. Confidence ");
        assertThat(chip("action")).startsWith("Suggested: Professional.");
        assertThat(view.levels.values())
                .allSatisfy(select -> assertThat(select.getValue()).isNull());
    }

    @Test
    void an_answer_in_another_language_says_in_words_why_there_is_no_suggestion() {
        open(submitted("Förlåt att du fick vänta. Jag startar återbetalningen nu och mejlar dig när den är klar."));

        assertThat(chip("empathy"))
                .isEqualTo("No suggestion: the answer seems to be in Swedish, and suggestions work only for answers"
                        + " in English here.");
    }

    @Test
    void the_queue_reports_how_often_the_suggestions_agreed_with_the_levels_given() {
        var view = open(submitted(
                "I'm so sorry about the wait. I'll start your refund right now and email you once it's through."));
        view.levels.get("empathy").setValue(3);
        view.levels.get("action").setValue(2);
        test(view.comment).setValue("Warm; say when the email comes.");
        test(view.submit).click();

        UI.getCurrent().navigate("reviews");
        var queue = find(ReviewQueueView.class).single();

        assertThat(queue.accuracyOverall.getText())
                .isEqualTo("Overall: 1 of 2 suggestions agreed with the trainer (50%); 2 of the 2 levels given had a"
                        + " suggestion.");
        assertThat(test(queue.accuracy).size()).isEqualTo(2);
        assertThat(test(queue.accuracy).getCellText(1, 3)).isEqualTo("0 (0%)");
    }
}
