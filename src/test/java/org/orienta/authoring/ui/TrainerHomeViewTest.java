package org.orienta.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orienta.SignedIn;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.authoring.AuthoringService;
import org.orienta.authoring.ContentKind;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.content.ContentService;
import org.orienta.exercise.ExerciseAnswer.RewriteAnswer;
import org.orienta.exercise.RewriteExercise;
import org.orienta.people.PersonId;
import org.orienta.progress.ProgressFixtures;
import org.orienta.progress.assignment.AssignmentService;
import org.orienta.progress.assignment.AssignmentTarget;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(TestUsers.TRAINER)
class TrainerHomeViewTest extends ViewTest {

    @Autowired
    ContentService content;

    @Autowired
    AuthoringService authoring;

    @Autowired
    AttemptService attempts;

    @Autowired
    AssignmentService assignments;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    jakarta.persistence.EntityManager entities;

    private String text(String id) {
        return find(Section.class).id(id).getElement().getTextRecursively();
    }

    private String href(String id) {
        return find(Anchor.class).id(id).getHref();
    }

    @Test
    void a_trainer_who_signs_in_lands_on_the_trainer_home() {
        UI.getCurrent().navigate("");

        assertThat(getCurrentView()).isInstanceOf(TrainerHomeView.class);
    }

    @Test
    void with_nothing_to_do_each_section_says_what_to_do_and_links_there() {
        UI.getCurrent().navigate("trainer");

        assertThat(find(Div.class).id("trainer-drafts-empty").getElement().getTextRecursively())
                .contains("No draft has problems", "New item");
        assertThat(href("trainer-drafts-go")).isEqualTo("content");
        assertThat(text("trainer-reviews")).contains("No answers are waiting");
        assertThat(href("trainer-reviews-go")).isEqualTo("reviews");
        assertThat(text("trainer-overdue")).contains("Nobody is overdue", "New assignment");
        assertThat(href("trainer-overdue-go")).isEqualTo("assignments");
        assertThat(text("trainer-published")).contains("Nothing is published yet");
    }

    @Test
    void a_draft_left_as_its_template_is_listed_with_its_problems_and_links_to_its_editor() {
        authoring.create(ContentKind.QUIZ, "quiz-new", "New quiz");

        UI.getCurrent().navigate("trainer");

        assertThat(find(Section.class).id("trainer-drafts").getElement().getTextRecursively())
                .contains("Quiz")
                .containsPattern("\\d+ problems?");
        assertThat(find(com.vaadin.flow.component.card.Card.class).all())
                .extracting(com.vaadin.flow.component.card.Card::getTitleAsText)
                .containsExactly("New quiz");
        assertThat(href("trainer-draft-quiz-quiz-new")).isEqualTo("content/quiz/quiz-new");
    }

    @Test
    void a_waiting_answer_links_to_its_review_and_a_published_item_to_its_analytics() {
        ProgressFixtures.importTestContent(content);
        var id = SignedIn.callAs(users, TestUsers.TRAINEE, () -> {
            var attempt = attempts.start(new ItemRef(ItemKind.EXERCISE, "sx-rewrite"), AttemptMode.ASSESSED, null);
            var texts = new LinkedHashMap<String, String>();
            ((RewriteExercise) attempts.exercise(attempt).exercise())
                    .prompts()
                    .forEach(p -> texts.put(p.id(), "Sorry!"));
            attempts.submit(attempt, new RewriteAnswer(texts));
            return attempt;
        });

        UI.getCurrent().navigate("trainer");

        assertThat(href("trainer-review-" + id.value())).isEqualTo("reviews/" + id.value());
        assertThat(text("trainer-published")).contains("Version 1");
        var newest = authoring.recentlyPublished(1).getFirst();
        assertThat(href("trainer-published-" + newest.kind().word() + "-" + newest.key()))
                .isEqualTo((newest.kind() == ContentKind.MODULE ? "content/" : "analytics/")
                        + newest.kind().word() + "/" + newest.key());
    }

    @Test
    void an_assignment_with_people_overdue_links_to_its_people_where_they_are_reminded() {
        ProgressFixtures.importTestContent(content);
        var trainee = new PersonId(jdbc.sql("select id from person where username = ?")
                .param(TestUsers.TRAINEE)
                .query(Long.class)
                .single());
        long rule = assignments.assign(
                "basics",
                AssignmentTarget.PEOPLE,
                List.of(trainee),
                null,
                null,
                LocalDate.now().plusDays(7));
        // The service refuses a date in the past; time passing is what makes an assignment overdue.
        var past = LocalDate.now().minusDays(2);
        jdbc.sql("update assignment_rule set due_date = ? where id = ?")
                .params(past, rule)
                .update();
        jdbc.sql("update assignment set due_date = ? where rule_id = ?")
                .params(past, rule)
                .update();
        entities.clear();

        UI.getCurrent().navigate("trainer");

        assertThat(text("trainer-overdue")).contains("1 overdue");
        assertThat(href("trainer-overdue-" + rule)).isEqualTo("assignments?open=" + rule);

        UI.getCurrent().navigate("assignments", com.vaadin.flow.router.QueryParameters.of("open", Long.toString(rule)));
        assertThat(find(com.vaadin.flow.component.dialog.Dialog.class)
                        .id("assignment-dialog")
                        .isOpened())
                .isTrue();
    }
}
