package org.orienta.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.content.ContentService;
import org.orienta.progress.ProgressFixtures;
import org.orienta.progress.attempt.AttemptId;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptService;
import org.orienta.progress.attempt.AttemptStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** A trainee answers a reflection: their own experience, never a "cold reply" to rewrite. */
@WithUserDetails(TestUsers.TRAINEE)
class ReflectionPlayerTest extends ViewTest {

    @Autowired
    ContentService content;

    @Autowired
    AttemptService attempts;

    private AttemptId id;

    @BeforeEach
    void content() {
        ProgressFixtures.importTestContentWithReflections(content);
    }

    private ExercisePlayer open(String key, AttemptMode mode) {
        id = attempts.start(new ItemRef(ItemKind.EXERCISE, key), mode, null);
        UI.getCurrent().navigate("attempt/" + id);
        return find(ExercisePlayer.class).single();
    }

    private String shown() {
        return find(ExercisePlayer.class).single().getElement().getTextRecursively();
    }

    /** Markdown (instructions, guidance, notes) is rendered as HTML, which the element's text leaves out. */
    private String markdown() {
        return find(com.vaadin.flow.component.Html.class).all().stream()
                .map(com.vaadin.flow.component.Html::getInnerHtml)
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    @Test
    void each_question_is_a_heading_with_its_guidance_above_a_box_for_your_answer() {
        open("sx-reflection", AttemptMode.ASSESSED);

        assertThat(find(H3.class).id("reflection-question-mood").getText()).isEqualTo("What mood was the employee in?");
        assertThat(find(H3.class).id("reflection-question-lesson").getText())
                .isEqualTo("What would you have done in their place?");
        assertThat(markdown()).contains("Say how it showed.");
        assertThat(shown()).doesNotContain("Cold reply", "customer-oriented reply");
        assertThat(find(TextArea.class).all())
                .hasSize(2)
                .allSatisfy(area -> assertThat(area.getLabel()).isEqualTo("Your answer"));
        assertThat(find(TextArea.class).id("reflection-lesson").getHelperText()).isEqualTo("At least 20 characters");
        assertThat(find(TextArea.class).id("reflection-mood").getAriaLabel())
                .contains("Your answer to “What mood was the employee in?”");
    }

    @Test
    void a_short_answer_is_marked_on_its_box_and_nothing_is_submitted() {
        var player = open("sx-reflection", AttemptMode.ASSESSED);
        test(find(TextArea.class).id("reflection-mood")).setValue("Tired; she kept sighing.");
        test(find(TextArea.class).id("reflection-lesson")).setValue("Call back.");

        test(player.submit).click();

        assertThat(player.problem.isVisible()).isTrue();
        assertThat(shown()).contains("shorter than asked");
        var lesson = find(TextArea.class).id("reflection-lesson");
        assertThat(lesson.isInvalid()).isTrue();
        assertThat(lesson.getErrorMessage()).isEqualTo("Write at least 20 characters.");
        assertThat(find(TextArea.class).id("reflection-mood").isInvalid()).isFalse();
        assertThat(attempts.exercise(id).submitted()).isFalse();
    }

    @Test
    void an_assessed_reflection_waits_for_a_trainer_and_shows_your_answers_and_the_notes() {
        var player = open("sx-reflection", AttemptMode.ASSESSED);
        test(find(TextArea.class).id("reflection-mood")).setValue("Tired; she kept sighing.");
        test(find(TextArea.class).id("reflection-lesson")).setValue("I would check the date while they wait.");

        test(player.submit).click();

        assertThat(attempts.exercise(id).status()).isEqualTo(AttemptStatus.AWAITING_REVIEW);
        assertThat(shown())
                .contains(
                        "Awaiting review",
                        "A trainer will read your answers",
                        "Your answer: “Tired; she kept sighing.”",
                        "One colleague’s answer: “Tired and irritated; she kept glancing at the clock.”",
                        "Notes to compare with",
                        "What a trainer looks for")
                .doesNotContain("Cold reply", "Your reply", "A model answer");
        assertThat(markdown()).contains("Most stories turn on being passed on");
        assertThat(find(com.vaadin.flow.component.checkbox.CheckboxGroup.class)
                        .id("self-check")
                        .getLabel())
                .isEqualTo("Check your own answers: which of these do they show?");
    }

    @Test
    void a_practice_reflection_stays_with_the_trainee() {
        var player = open("sx-reflection", AttemptMode.PRACTICE);
        test(find(TextArea.class).id("reflection-mood")).setValue("Tired; she kept sighing.");
        test(find(TextArea.class).id("reflection-lesson")).setValue("I would check the date while they wait.");

        test(player.submit).click();

        assertThat(attempts.exercise(id).status()).isEqualTo(AttemptStatus.COMPLETED);
        assertThat(shown())
                .contains("Practice: your answers stay with you", "What to look for in your answers")
                .doesNotContain("Awaiting review", "What a trainer looks for");
    }

    @Test
    void a_reflection_its_author_keeps_private_says_no_trainer_reads_it_and_has_no_rubric() {
        var player = open("sx-diary", AttemptMode.ASSESSED);
        test(find(TextArea.class).id("reflection-noticed")).setValue("She hesitated before asking.");

        test(player.submit).click();

        assertThat(attempts.exercise(id).status()).isEqualTo(AttemptStatus.COMPLETED);
        assertThat(shown())
                .contains("Your reflection is saved", "no trainer reads it")
                .doesNotContain("Awaiting review", "What a trainer looks for");
        assertThat(find(com.vaadin.flow.component.checkbox.CheckboxGroup.class).all())
                .isEmpty();
    }
}
