package org.orienta.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.base.Formats;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.content.ContentService;
import org.orienta.exercise.ExerciseAnswer;
import org.orienta.progress.ProgressFixtures;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(TestUsers.TRAINEE)
class MyTrainingViewTest extends ViewTest {

    @Autowired
    AttemptService attempts;

    @Autowired
    ContentService content;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void content() {
        ProgressFixtures.importTestContent(content);
    }

    @Test
    void the_catalogue_lists_published_modules_and_opens_one() {
        navigate(MyTrainingView.class);

        test(find(Button.class).id("open-basics")).click();

        assertThat(getCurrentView()).isInstanceOf(ModuleView.class);
        assertThat(find(ModuleView.class).single().getElement().getTextRecursively())
                .contains("Basics", "A tiny scenario", "Not started");
    }

    @Test
    void each_module_s_progress_bar_has_a_name_and_says_its_value_in_words() {
        navigate(MyTrainingView.class);

        var bars = find(com.vaadin.flow.component.progressbar.ProgressBar.class).all();
        assertThat(bars).isNotEmpty().allSatisfy(bar -> {
            assertThat(bar.getElement().getAttribute("aria-label")).matches("\\d+ of \\d+ items? completed");
            assertThat(bar.getElement().getAttribute("aria-valuetext"))
                    .isEqualTo(bar.getElement().getAttribute("aria-label"));
        });
    }

    @Test
    void starting_an_item_asks_for_practice_or_assessed_and_opens_the_player() {
        navigate(MyTrainingView.class);
        test(find(Button.class).id("open-basics")).click();
        test(find(Button.class).id("item-tiny")).click();

        var dialog = find(StartAttemptDialog.class).single();
        test(dialog.mode).selectItem("Practice: private, does not count");
        test(dialog.start).click();

        assertThat(getCurrentView()).isInstanceOf(AttemptView.class);
        assertThat(find(com.vaadin.flow.component.badge.Badge.class)
                        .id("attempt-mode")
                        .getText())
                .isEqualTo("Practice");
    }

    @Test
    void an_unfinished_attempt_is_offered_to_continue() {
        attempts.start(new ItemRef(ItemKind.SCENARIO, "tiny"), AttemptMode.ASSESSED, null);

        navigate(MyTrainingView.class);

        test(find(Button.class).id("continue-tiny")).click();
        assertThat(getCurrentView()).isInstanceOf(AttemptView.class);
    }

    @Test
    void finished_attempts_appear_in_my_results_with_best_and_latest() {
        var first = attempts.start(new ItemRef(ItemKind.SCENARIO, "tiny"), AttemptMode.ASSESSED, null);
        attempts.choose(first, 1, "cold");
        var second = attempts.start(new ItemRef(ItemKind.SCENARIO, "tiny"), AttemptMode.ASSESSED, null);
        attempts.choose(second, 1, "warm");

        navigate(MyTrainingView.class);

        assertThat(find(ResultsList.class).single().getElement().getTextRecursively())
                .contains("A tiny scenario", "Best: WOW ending", "Latest: WOW ending", "2 attempts");
    }

    @Test
    void one_finished_attempt_is_one_attempt_and_a_score_is_a_locale_percentage() {
        var id = attempts.start(new ItemRef(ItemKind.EXERCISE, "sx-classify"), AttemptMode.ASSESSED, null);
        attempts.submit(id, new ExerciseAnswer.ClassifyAnswer(Map.of("warm", "want", "red", "want", "fast", "want")));

        navigate(MyTrainingView.class);

        var results = find(ResultsList.class).single().getElement().getTextRecursively();
        assertThat(results).contains("Exercise · 1 attempt", "Best: 33%").doesNotContain("1 attempts", "33 %");
    }

    @Test
    void an_overdue_module_says_overdue_once_with_its_date() {
        var due = LocalDate.now().minusDays(4);
        assign(due);

        navigate(MyTrainingView.class);

        var card = find(Div.class).id("assigned-cards").getElement().getTextRecursively();
        assertThat(card).contains("Overdue since " + Formats.date(due, Locale.ENGLISH));
        assertThat(card.split("Overdue", -1)).as(card).hasSize(2);
    }

    @Test
    void a_due_date_reads_the_same_on_my_training_and_on_the_module_page() {
        assign(LocalDate.of(2099, 1, 15));

        navigate(MyTrainingView.class);
        assertThat(find(Div.class).id("assigned-cards").getElement().getTextRecursively())
                .contains("Due Jan 15, 2099");

        UI.getCurrent().navigate("my-training/basics");
        assertThat(find(ModuleView.class).single().getElement().getTextRecursively())
                .contains("Due Jan 15, 2099", "4 items")
                .doesNotContain("January 15, 2099");
    }

    private void assign(LocalDate due) {
        jdbc.sql("""
                        insert into assignment (trainee_id, module_key, due_date, assigned_by, assigned_at)
                        values ((select id from person where username = ?), 'basics', ?, 'test', ?)""")
                .params(
                        TestUsers.TRAINEE,
                        due,
                        OffsetDateTime.now(ZoneOffset.UTC).minusDays(30))
                .update();
    }
}
