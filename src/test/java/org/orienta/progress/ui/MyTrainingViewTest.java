package org.orienta.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.content.ContentService;
import org.orienta.progress.AttemptMode;
import org.orienta.progress.AttemptService;
import org.orienta.progress.ProgressFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(TestUsers.TRAINEE)
class MyTrainingViewTest extends ViewTest {

    @Autowired
    AttemptService attempts;

    @Autowired
    ContentService content;

    @BeforeEach
    void content() {
        ProgressFixtures.importTestContent(content);
    }

    @Test
    void the_catalogue_lists_published_modules_and_opens_one() {
        navigate(MyTrainingView.class);

        test($(Button.class).id("open-basics")).click();

        assertThat(getCurrentView()).isInstanceOf(ModuleView.class);
        assertThat($(ModuleView.class).single().getElement().getTextRecursively())
                .contains("Basics", "A tiny scenario", "Not started");
    }

    @Test
    void starting_an_item_asks_for_practice_or_assessed_and_opens_the_player() {
        navigate(MyTrainingView.class);
        test($(Button.class).id("open-basics")).click();
        test($(Button.class).id("item-tiny")).click();

        var dialog = $(StartAttemptDialog.class).single();
        test(dialog.mode).selectItem("Practice: private, does not count");
        test(dialog.start).click();

        assertThat(getCurrentView()).isInstanceOf(AttemptView.class);
        assertThat($(com.vaadin.flow.component.badge.Badge.class)
                        .id("attempt-mode")
                        .getText())
                .isEqualTo("Practice");
    }

    @Test
    void an_unfinished_attempt_is_offered_to_continue() {
        attempts.start(new ItemRef(ItemKind.SCENARIO, "tiny"), AttemptMode.ASSESSED, null);

        navigate(MyTrainingView.class);

        test($(Button.class).id("continue-tiny")).click();
        assertThat(getCurrentView()).isInstanceOf(AttemptView.class);
    }

    @Test
    void finished_attempts_appear_in_my_results_with_best_and_latest() {
        var first = attempts.start(new ItemRef(ItemKind.SCENARIO, "tiny"), AttemptMode.ASSESSED, null);
        attempts.choose(first, 1, "cold");
        var second = attempts.start(new ItemRef(ItemKind.SCENARIO, "tiny"), AttemptMode.ASSESSED, null);
        attempts.choose(second, 1, "warm");

        navigate(MyTrainingView.class);

        assertThat($(ResultsList.class).single().getElement().getTextRecursively())
                .contains("A tiny scenario", "Best: WOW ending", "Latest: WOW ending", "2 attempts");
    }
}
