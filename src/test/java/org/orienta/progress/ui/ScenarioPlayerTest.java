package org.orienta.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(TestUsers.TRAINEE)
class ScenarioPlayerTest extends ViewTest {

    @Autowired
    AttemptService attempts;

    @Autowired
    ContentService content;

    @BeforeEach
    void content() {
        ProgressFixtures.importTestContent(content);
    }

    private ScenarioPlayer open(AttemptMode mode) {
        AttemptId id = attempts.start(new ItemRef(ItemKind.SCENARIO, "tiny"), mode, null);
        UI.getCurrent().navigate("attempt/" + id);
        return find(ScenarioPlayer.class).single();
    }

    /** Trainer-written Markdown, as the sanitised HTML the player shows. */
    private java.util.List<String> markdown() {
        return find(com.vaadin.flow.component.Html.class).all().stream()
                .map(h -> h.getInnerHtml())
                .toList();
    }

    private Button option(String id) {
        return find(Button.class).id("option-" + id);
    }

    @Test
    void shows_the_customer_the_mood_and_the_options_as_buttons() {
        var player = open(AttemptMode.ASSESSED);

        assertThat(player.getElement().getTextRecursively()).contains("Sam, 40", "Hello?", "Sam’s mood: Neutral");
        var meter = find(MoodMeter.class).id("mood-meter").getElement();
        assertThat(meter.getAttribute("aria-label")).isEqualTo("Sam’s mood");
        assertThat(meter.getAttribute("aria-valuetext")).isEqualTo("Neutral");
        assertThat(option("warm").getText()).isEqualTo("Good morning!");
        assertThat(option("cold").getText()).isEqualTo("Next.");
        assertThat(find(com.vaadin.flow.component.badge.Badge.class)
                        .id("attempt-mode")
                        .getText())
                .isEqualTo("Assessed");
    }

    @Test
    void a_reflection_question_is_a_paragraph_above_its_field_never_a_label_cut_off_at_one_line() {
        open(AttemptMode.ASSESSED);
        test(option("warm")).click();

        for (int i = 0; i < 2; i++) {
            var area = find(com.vaadin.flow.component.textfield.TextArea.class).id("reflection-" + i);
            assertThat(area.getLabel()).isNullOrEmpty();
            assertThat(area.getAriaLabelledBy()).contains("reflection-question-" + i);
        }
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class)
                        .id("reflection-question-1")
                        .getText())
                .isEqualTo("Would they come back?");
    }

    @Test
    void the_only_decision_of_a_one_decision_role_play_says_it_is_the_last() {
        var player = open(AttemptMode.PRACTICE);

        assertThat(player.choices.getElement().getTextRecursively()).contains("Decision 1 of 1");
        test(option("warm")).click();
        assertThat(player.getElement().getTextRecursively()).doesNotContain("Decision ");
    }

    @Test
    void a_choice_shows_my_words_its_feedback_and_the_ending() {
        var player = open(AttemptMode.ASSESSED);

        test(option("warm")).click();

        var text = player.getElement().getTextRecursively();
        assertThat(text).contains("Good morning!", "Good choice", "WOW service", "Delighted");
        assertThat(markdown())
                .anyMatch(html -> html.contains("Warm."))
                .anyMatch(html -> html.contains("Sam will be back."));
        assertThat(player.debrief.getElement().getTextRecursively())
                .contains("1. You said: “Good morning!”", "CO2 Competency 2 · Professional");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).all())
                .filteredOn(p -> p.getId().orElse("").startsWith("reflection-question-"))
                .extracting(com.vaadin.flow.component.html.Paragraph::getText)
                .containsExactly("What did the customer feel?", "Would they come back?");
        assertThat(player.choices.getChildren().count()).isZero();
    }

    @Test
    void a_poor_choice_leads_to_the_low_ending_and_says_why() {
        var player = open(AttemptMode.PRACTICE);

        test(option("cold")).click();

        assertThat(player.getElement().getTextRecursively())
                .contains("Think again", "Low service", "This was practice");
        assertThat(markdown()).anyMatch(html -> html.contains("Cold."));
    }

    @Test
    void reopening_the_attempt_shows_the_same_conversation() {
        open(AttemptMode.ASSESSED);
        test(option("warm")).click();
        var address = UI.getCurrent().getInternals().getActiveViewLocation().getPath();

        UI.getCurrent().navigate("my-training");
        UI.getCurrent().navigate(address);

        assertThat(find(ScenarioPlayer.class).single().getElement().getTextRecursively())
                .contains("Good morning!", "WOW service");
    }

    @Test
    void reflections_are_saved_with_the_attempt() {
        var player = open(AttemptMode.ASSESSED);
        test(option("warm")).click();

        test(find(com.vaadin.flow.component.textfield.TextArea.class).id("reflection-0"))
                .setValue("Welcome and calm.");
        test(find(Button.class).id("save-reflection")).click();

        var address = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        UI.getCurrent().navigate("my-training");
        UI.getCurrent().navigate(address);
        assertThat(find(com.vaadin.flow.component.textfield.TextArea.class)
                        .id("reflection-0")
                        .getValue())
                .isEqualTo("Welcome and calm.");
    }

    @Test
    void when_the_database_is_unavailable_the_choice_stays_on_screen_with_a_retry_and_nothing_moves_on() {
        var id = attempts.start(new ItemRef(ItemKind.SCENARIO, "tiny"), AttemptMode.ASSESSED, null);
        var flaky = org.mockito.Mockito.mock(AttemptService.class);
        org.mockito.Mockito.when(flaky.scenario(id)).thenReturn(attempts.scenario(id));
        org.mockito.Mockito.when(flaky.choose(id, 1, "warm"))
                .thenThrow(new org.springframework.dao.DataAccessResourceFailureException("database down"))
                .thenAnswer(call -> attempts.choose(id, 1, "warm"));
        var player = new ScenarioPlayer(flaky, id, () -> {}, CompetencyLabels.codesOnly());
        UI.getCurrent().add(player);

        test(find(Button.class).id("option-warm")).click();

        assertThat(player.getElement().getTextRecursively())
                .contains("could not be saved")
                .doesNotContain("Delighted");
        assertThat(find(Button.class).id("option-warm").isEnabled()).isTrue();
        assertThat(attempts.scenario(id).run().choices()).isEmpty();

        test(find(Button.class).id("retry-step")).click();

        assertThat(player.getElement().getTextRecursively())
                .contains("Delighted")
                .doesNotContain("could not be saved");
        assertThat(attempts.scenario(id).run().choices()).hasSize(1);
    }

    private void importWide() throws java.io.IOException {
        var tiny = java.nio.file.Files.readString(
                java.nio.file.Path.of("src/test/resources/content-base/scenarios/tiny.yaml"));
        var wide = tiny.replace("id: tiny", "id: tiny-wide")
                .replace("evidence: {CO2: 3}\n", "evidence: {CO10: 3, CO2: 3, CO1: 2}\n");
        var module = """
                id: wide
                title: Wide
                competencies: [CO10, CO2, CO1]
                items:
                  - scenario: tiny-wide
                """;
        var imported = org.orienta.people.SystemAuthentication.call(() -> content.importFiles(java.util.List.of(
                org.orienta.content.ContentFile.of("scenarios/tiny-wide.yaml", wide),
                org.orienta.content.ContentFile.of("modules/wide.yaml", module))));
        assertThat(imported.problems()).isEmpty();
    }

    private java.util.List<String> texts(java.util.stream.Stream<? extends com.vaadin.flow.component.Component> s) {
        return s.map(c -> c.getElement().getTextRecursively()).toList();
    }

    @Test
    void the_debrief_names_every_competency_and_lists_them_from_co1_to_co10_by_number() throws Exception {
        importWide();
        var id = attempts.start(new ItemRef(ItemKind.SCENARIO, "tiny-wide"), AttemptMode.ASSESSED, null);
        UI.getCurrent().navigate("attempt/" + id);

        test(option("warm")).click();

        var rows = find(com.vaadin.flow.component.html.Div.class).all().stream()
                .filter(d -> d.getClassNames().contains("orienta-evidence-row"))
                .map(d -> d.getChildren().findFirst().orElseThrow());
        assertThat(texts(rows)).containsExactly("CO1 Competency 1", "CO2 Competency 2", "CO10 Competency 10");
        var chips = find(com.vaadin.flow.component.html.Div.class)
                .id("path-dp-1")
                .getChildren()
                .filter(c -> c.getClassNames().contains("orienta-badges"))
                .flatMap(com.vaadin.flow.component.Component::getChildren);
        assertThat(texts(chips))
                .containsExactly(
                        "CO1 Competency 1 · Standard",
                        "CO2 Competency 2 · Professional",
                        "CO10 Competency 10 · Professional");
    }

    @Test
    void a_modules_competencies_are_named_and_in_number_order() throws Exception {
        importWide();

        UI.getCurrent().navigate("my-training/wide");

        var chips = find(com.vaadin.flow.component.html.Div.class)
                .id("module-competencies")
                .getChildren();
        assertThat(texts(chips)).containsExactly("CO1 Competency 1", "CO2 Competency 2", "CO10 Competency 10");
    }
}
