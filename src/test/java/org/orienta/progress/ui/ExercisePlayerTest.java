package org.orienta.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.content.ContentService;
import org.orienta.progress.AttemptMode;
import org.orienta.progress.AttemptService;
import org.orienta.progress.AttemptStatus;
import org.orienta.progress.ProgressFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(TestUsers.TRAINEE)
class ExercisePlayerTest extends ViewTest {

    @Autowired
    AttemptService attempts;

    @Autowired
    ContentService content;

    @BeforeEach
    void content() {
        ProgressFixtures.importTestContent(content);
    }

    private ExercisePlayer open(String key) {
        var id = attempts.start(new ItemRef(ItemKind.EXERCISE, key), AttemptMode.ASSESSED, null);
        UI.getCurrent().navigate("attempt/" + id);
        return $(ExercisePlayer.class).single();
    }

    private String result() {
        return $(ExercisePlayer.class).single().body.getElement().getTextRecursively();
    }

    @Test
    @SuppressWarnings("unchecked")
    void classify_items_by_choosing_a_category_and_see_what_was_right() {
        var player = open("sx-classify");
        test((RadioButtonGroup<String>) $(RadioButtonGroup.class).id("classify-warm"))
                .selectItem("A need");
        test((RadioButtonGroup<String>) $(RadioButtonGroup.class).id("classify-red"))
                .selectItem("A want");
        test((RadioButtonGroup<String>) $(RadioButtonGroup.class).id("classify-fast"))
                .selectItem("A want");

        test(player.submit).click();

        assertThat(result()).contains("67 % correct", "2 of 3 right", "Your answer: A want · Correct: A need");
    }

    @Test
    void calculate_accepts_numbers_as_people_type_them() {
        var player = open("sx-calculate");
        test($(TextField.class).id("calculate-yearly")).setValue("480");
        test($(TextField.class).id("calculate-margin")).setValue("60,2");

        test(player.submit).click();

        assertThat(result()).contains("100 % correct");
    }

    @Test
    void order_steps_with_the_keyboard_buttons() {
        var player = open("sx-order");
        var before = player.body.getElement().getTextRecursively();

        $(Button.class).all().stream()
                .filter(b -> b.getId().orElse("").startsWith("order-down-"))
                .findFirst()
                .ifPresent(b -> test(b).click());
        test(player.submit).click();

        assertThat(before).isNotEmpty();
        assertThat(result()).contains("% correct", "it belongs at");
    }

    @Test
    @SuppressWarnings("unchecked")
    void match_pairs_with_a_select_per_item() {
        var player = open("sx-match");
        for (var select : $(Select.class).all()) {
            var typed = (Select<String>) select;
            var own = typed.getId().orElseThrow().substring("match-".length());
            typed.setValue(own);
        }

        test(player.submit).click();

        assertThat(result()).contains("100 % correct");
    }

    @Test
    void a_rewrite_waits_for_review_and_shows_the_model_answer_meanwhile() {
        var player = open("sx-rewrite");
        $(TextArea.class).all().forEach(area -> test(area).setValue("I am sorry; let me fix it for you today."));

        test(player.submit).click();

        assertThat(result()).contains("Awaiting review", "A model answer", "What a trainer looks for");
        var address = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        var id = new org.orienta.progress.AttemptId(Long.parseLong(address.substring("attempt/".length())));
        assertThat(attempts.exercise(id).status()).isEqualTo(AttemptStatus.AWAITING_REVIEW);
    }
}
