package org.orienta.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
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
import org.orienta.progress.ProgressFixtures;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptService;
import org.orienta.progress.attempt.AttemptStatus;
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
        return open(key, AttemptMode.ASSESSED);
    }

    private ExercisePlayer open(String key, AttemptMode mode) {
        var id = attempts.start(new ItemRef(ItemKind.EXERCISE, key), mode, null);
        UI.getCurrent().navigate("attempt/" + id);
        return find(ExercisePlayer.class).single();
    }

    private String result() {
        return find(ExercisePlayer.class).single().body.getElement().getTextRecursively();
    }

    @Test
    @SuppressWarnings("unchecked")
    void classify_items_by_choosing_a_category_and_see_what_was_right() {
        var player = open("sx-classify");
        test((RadioButtonGroup<String>) find(RadioButtonGroup.class).id("classify-warm"))
                .selectItem("A need");
        test((RadioButtonGroup<String>) find(RadioButtonGroup.class).id("classify-red"))
                .selectItem("A want");
        test((RadioButtonGroup<String>) find(RadioButtonGroup.class).id("classify-fast"))
                .selectItem("A want");

        test(player.submit).click();

        assertThat(result()).contains("67% correct", "2 of 3 right", "Your answer: A want · Correct: A need");
    }

    @Test
    void calculate_accepts_numbers_as_people_type_them() {
        var player = open("sx-calculate");
        test(find(TextField.class).id("calculate-yearly")).setValue("480");
        test(find(TextField.class).id("calculate-margin")).setValue("60,2");

        test(player.submit).click();

        assertThat(result()).contains("100% correct");
    }

    @Test
    void order_steps_with_the_keyboard_buttons() {
        var player = open("sx-order");
        var before = player.body.getElement().getTextRecursively();

        find(Button.class).all().stream()
                .filter(b -> b.getId().orElse("").startsWith("order-down-"))
                .findFirst()
                .ifPresent(b -> test(b).click());
        test(player.submit).click();

        assertThat(before).isNotEmpty();
        assertThat(result()).contains("% correct", "it belongs at");
    }

    @Test
    void an_arrow_move_keeps_the_rows_keeps_focus_on_the_moved_item_and_announces_its_new_place() {
        var player = open("sx-order");
        var list = find(OrderList.class).single();
        var first = list.order().getFirst();
        var rowsBefore = find(com.vaadin.flow.component.html.Div.class, list).all().stream()
                .filter(d -> d.getId().orElse("").startsWith("order-")
                        && !d.getId().get().contains("-status"))
                .toList();
        var down = find(Button.class).id("order-down-" + first);

        test(down).click();

        assertThat(list.order().get(1)).isEqualTo(first);
        assertThat(Focus.last(UI.getCurrent())).containsSame(down);
        assertThat(find(com.vaadin.flow.component.html.Span.class)
                        .id("order-status")
                        .getText())
                .contains("is now at position 2 of " + list.order().size());
        var rowsAfter = find(com.vaadin.flow.component.html.Div.class, list).all().stream()
                .filter(d -> d.getId().orElse("").startsWith("order-")
                        && !d.getId().get().contains("-status"))
                .toList();
        assertThat(rowsAfter).hasSameSizeAs(rowsBefore).containsExactlyInAnyOrderElementsOf(rowsBefore);
        assertThat(player.body.getElement().getTextRecursively()).contains("2. ");
    }

    @Test
    void moving_an_item_to_the_top_leaves_focus_on_its_other_arrow_as_the_up_arrow_is_then_disabled() {
        open("sx-order");
        var list = find(OrderList.class).single();
        var second = list.order().get(1);

        test(find(Button.class).id("order-up-" + second)).click();

        assertThat(list.order().getFirst()).isEqualTo(second);
        assertThat(Focus.last(UI.getCurrent()).flatMap(c -> c.getId())).hasValue("order-down-" + second);
    }

    @Test
    @SuppressWarnings("unchecked")
    void match_pairs_with_a_select_per_item() {
        var player = open("sx-match");
        for (var select : find(Select.class).all()) {
            var typed = (Select<String>) select;
            var own = typed.getId().orElseThrow().substring("match-".length());
            typed.setValue(own);
        }

        test(player.submit).click();

        assertThat(result()).contains("100% correct");
    }

    @Test
    void a_rewrite_waits_for_review_and_shows_the_model_answer_meanwhile() {
        var player = open("sx-rewrite");
        find(TextArea.class).all().forEach(area -> test(area).setValue("I am sorry; let me fix it for you today."));

        test(player.submit).click();

        assertThat(result()).contains("Awaiting review", "A model answer", "What a trainer looks for");
        var address = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        var id = new org.orienta.progress.attempt.AttemptId(Long.parseLong(address.substring("attempt/".length())));
        assertThat(attempts.exercise(id).status()).isEqualTo(AttemptStatus.AWAITING_REVIEW);
    }

    private static String text(com.vaadin.flow.component.Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    void every_statement_is_a_paragraph_in_full_that_names_its_control_never_a_one_line_label() {
        var checked = 0;
        for (var key : new String[] {"sx-classify", "sx-calculate", "sx-match"}) {
            open(key);
            var statements = find(Paragraph.class).all().stream()
                    .filter(p -> p.getClassNames().contains("orienta-statement"))
                    .toList();
            assertThat(statements).as(key).isNotEmpty();
            for (var statement : statements) {
                var controlId = statement.getId().orElseThrow().substring("statement-".length());
                var control = find(com.vaadin.flow.component.Component.class).all().stream()
                        .filter(c -> c.getId().orElse("").equals(controlId))
                        .findFirst()
                        .orElseThrow();
                assertThat(control.getElement().getProperty("label"))
                        .as("a label is one line cut off with an ellipsis")
                        .isNull();
                assertThat(((com.vaadin.flow.component.HasAriaLabel) control).getAriaLabelledBy())
                        .contains(statement.getId().orElseThrow());
                assertThat(statement.getParent().orElseThrow().getClassNames()).contains("orienta-question");
                checked++;
            }
        }
        // 3 items to classify, 2 parts to calculate, 3 pairs to match.
        assertThat(checked).isEqualTo(8);
        open("sx-classify");
        assertThat(find(Paragraph.class).id("statement-classify-warm").getText())
                .isEqualTo("I must stay warm in winter.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_empty_submission_says_answer_every_item_first_marks_each_and_records_nothing() {
        var player = open("sx-classify");
        test((RadioButtonGroup<String>) find(RadioButtonGroup.class).id("classify-red"))
                .selectItem("A want");

        test(player.submit).click();

        assertThat(text(player.problem)).contains("Answer every item first: items 1, 3 have no answer yet.");
        assertThat(player.problem.isVisible()).isTrue();
        assertThat(find(RadioButtonGroup.class).id("classify-warm").isInvalid()).isTrue();
        assertThat(find(RadioButtonGroup.class).id("classify-warm").getErrorMessage())
                .isEqualTo("No answer yet");
        assertThat(find(RadioButtonGroup.class).id("classify-red").isInvalid()).isFalse();
        assertThat(find(Button.class).all())
                .as("assessed: no submit anyway")
                .noneMatch(b -> b.getId().orElse("").equals("submit-anyway"));
        assertThat(player.submit.isEnabled()).isTrue();
        assertThat(result()).doesNotContain("% correct");

        test((RadioButtonGroup<String>) find(RadioButtonGroup.class).id("classify-warm"))
                .selectItem("A need");
        test((RadioButtonGroup<String>) find(RadioButtonGroup.class).id("classify-fast"))
                .selectItem("A need");
        test(player.submit).click();

        assertThat(result()).contains("100% correct");
        assertThat(player.problem.isVisible()).isFalse();
    }

    @Test
    void one_empty_number_is_named_by_its_position() {
        var player = open("sx-calculate");
        test(find(TextField.class).id("calculate-yearly")).setValue("480");

        test(player.submit).click();

        assertThat(text(player.problem)).contains("Answer every item first: item 2 has no answer yet.");
        assertThat(find(TextField.class).id("calculate-margin").isInvalid()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void in_practice_a_partial_answer_can_be_submitted_anyway() {
        var player = open("sx-classify", AttemptMode.PRACTICE);
        test(player.submit).click();
        assertThat(find(Button.class).all())
                .as("nothing answered: nothing to submit anyway")
                .noneMatch(b -> b.getId().orElse("").equals("submit-anyway"));
        test((RadioButtonGroup<String>) find(RadioButtonGroup.class).id("classify-red"))
                .selectItem("A want");
        test(player.submit).click();

        test(find(Button.class).id("submit-anyway")).click();

        assertThat(result()).contains("33% correct", "1 of 3 right");
    }

    @Test
    void a_practice_rewrite_is_checked_by_the_trainee_not_sent_to_a_trainer() {
        var player = open("sx-rewrite", AttemptMode.PRACTICE);
        find(TextArea.class).all().forEach(area -> test(area).setValue("I am sorry; let me fix it for you today."));

        test(player.submit).click();

        assertThat(result())
                .contains("Practice: check it yourself", "A model answer")
                .doesNotContain("Awaiting review");
        assertThat(find(com.vaadin.flow.component.checkbox.CheckboxGroup.class).id("self-check"))
                .isNotNull();
    }
}
