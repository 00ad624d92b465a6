package org.orienta.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.SignedIn;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.content.ContentService;
import org.orienta.exercise.ExerciseAnswer.RewriteAnswer;
import org.orienta.exercise.RewriteExercise;
import org.orienta.progress.ProgressFixtures;
import org.orienta.progress.attempt.AttemptId;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptService;
import org.orienta.progress.attempt.AttemptStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(TestUsers.TRAINER)
class ReviewViewsTest extends ViewTest {

    @Autowired
    ContentService content;

    @Autowired
    AttemptService attempts;

    @Autowired
    UserDetailsService users;

    private AttemptId submitted;

    @BeforeEach
    void a_submitted_rewrite() {
        ProgressFixtures.importTestContent(content);
        submitted = SignedIn.callAs(users, TestUsers.TRAINEE, () -> {
            var id = attempts.start(new ItemRef(ItemKind.EXERCISE, "sx-rewrite"), AttemptMode.ASSESSED, null);
            var texts = new LinkedHashMap<String, String>();
            ((RewriteExercise) attempts.exercise(id).exercise()).prompts().forEach(p -> texts.put(p.id(), "Sorry!"));
            attempts.submit(id, new RewriteAnswer(texts));
            return id;
        });
    }

    @Test
    void the_queue_lists_the_answer_and_the_review_form_refuses_missing_levels_then_saves() {
        UI.getCurrent().navigate("reviews");
        var queue = find(ReviewQueueView.class).single();
        assertThat(test(queue.grid).size()).isEqualTo(1);

        UI.getCurrent().navigate("reviews/" + submitted.value());
        var view = find(ReviewView.class).single();
        test(view.submit).click();
        assertThat(view.levels.values()).allMatch(s -> s.isInvalid());
        assertThat(view.comment.isInvalid()).isTrue();

        view.levels.values().forEach(s -> s.setValue(3));
        test(view.comment).setValue("Good apology; add what you will do next.");
        test(view.submit).click();

        var play = SignedIn.callAs(users, TestUsers.TRAINEE, () -> attempts.exercise(submitted));
        assertThat(play.status()).isEqualTo(AttemptStatus.COMPLETED);
        assertThat(play.review().comment()).isEqualTo("Good apology; add what you will do next.");
    }

    @Test
    void the_new_assignment_dialog_opens_with_departments_and_modules() {
        UI.getCurrent().navigate("assignments");
        test(find(Button.class).id("new-assignment")).click();

        assertThat(find(com.vaadin.flow.component.select.Select.class)
                        .id("assign-department")
                        .isVisible())
                .isTrue();
    }

    @Test
    void a_reflection_is_reviewed_with_one_level_and_a_comment() throws Exception {
        var tiny = java.nio.file.Files.readString(
                java.nio.file.Path.of("src/test/resources/content-base/scenarios/tiny.yaml"));
        SignedIn.callAs(
                users,
                TestUsers.ADMIN,
                () -> content.importFiles(java.util.List.of(org.orienta.content.ContentFile.of(
                        "scenarios/tiny-reflect.yaml",
                        tiny.replace("id: tiny", "id: tiny-reflect")
                                .replace(
                                        "    debrief: Sam will be back.",
                                        "    debrief: Sam will be back.\n    review_reflection: true")))));
        var run = SignedIn.callAs(users, TestUsers.TRAINEE, () -> {
            var id = attempts.start(new ItemRef(ItemKind.SCENARIO, "tiny-reflect"), AttemptMode.ASSESSED, null);
            attempts.choose(id, attempts.scenario(id).nextStep(), "warm");
            attempts.reflect(id, 0, "He felt welcome.");
            return id;
        });

        UI.getCurrent().navigate("reviews/" + run.value());
        var view = find(ReviewView.class).single();
        assertThat(view.getElement().getTextRecursively()).contains("He felt welcome.");
        view.levels.get("reflection").setValue(4);
        test(view.comment).setValue("Precise and kind.");
        test(view.submit).click();

        var play = SignedIn.callAs(users, TestUsers.TRAINEE, () -> attempts.scenario(run));
        assertThat(play.review().levels()).containsEntry("reflection", 4);
    }

    @Autowired
    org.orienta.progress.assignment.AssignmentService assignmentService;

    @Autowired
    org.orienta.people.PeopleService peopleService;

    @Test
    void an_assignment_s_due_date_is_changed_and_the_assignment_removed_from_its_dialog() {
        var anna = peopleService.trainees().stream()
                .filter(t -> t.displayName().startsWith("Anna"))
                .findFirst()
                .orElseThrow();
        long id = assignmentService.assign(
                "basics",
                org.orienta.progress.assignment.AssignmentTarget.PEOPLE,
                java.util.List.of(anna.id()),
                null,
                null,
                java.time.LocalDate.now().plusDays(3));
        UI.getCurrent().navigate("assignments");
        var view = find(AssignmentsView.class).single();
        var row = assignmentService.assignments().stream()
                .filter(r -> r.id() == id)
                .findFirst()
                .orElseThrow();

        view.details(row);
        var later = java.time.LocalDate.now().plusDays(30);
        find(com.vaadin.flow.component.datepicker.DatePicker.class)
                .id("assignment-due")
                .setValue(later);
        test(find(Button.class).id("assignment-change-due")).click();
        assertThat(assignmentService.assignments())
                .filteredOn(r -> r.id() == id)
                .singleElement()
                .satisfies(r -> assertThat(r.due()).isEqualTo(later));

        view.details(row);
        test(find(Button.class).id("assignment-remove")).click();
        test(find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single())
                .confirm();
        assertThat(assignmentService.assignments()).noneMatch(r -> r.id() == id);
    }
}
