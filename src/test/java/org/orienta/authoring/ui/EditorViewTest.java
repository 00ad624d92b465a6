package org.orienta.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.authoring.AuthoringService;
import org.orienta.authoring.ContentKind;
import org.orienta.content.ContentService;
import org.orienta.content.ContentSource;
import org.orienta.progress.ui.ScenarioPreview;
import org.orienta.scenario.ScenarioService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(TestUsers.TRAINER)
class EditorViewTest extends ViewTest {

    @Autowired
    ContentService content;

    @Autowired
    AuthoringService authoring;

    @Autowired
    ScenarioService scenarios;

    @BeforeEach
    void the_bundled_pack() {
        content.importFiles(ContentSource.folder(Path.of("content")));
    }

    private void sourceTab() {
        find(com.vaadin.flow.component.tabs.TabSheet.class)
                .single()
                .setSelectedTab(find(com.vaadin.flow.component.tabs.Tab.class).id("tab-source"));
        roundTrip();
    }

    private EditorView open(String kind, String key) {
        UI.getCurrent().navigate("content/" + kind + "/" + key);
        return find(EditorView.class).single();
    }

    /** The graph reports clicks from the browser (the journey covers that); here the view is told directly. */
    private void select(String node) {
        find(ScenarioEditor.class).single().select(node);
    }

    /** Breaks dp-greeting's links and clicks the problem this causes. */
    private void clickProblemOf(String node) {
        var view = find(EditorView.class).single();
        sourceTab();
        test(view.source).setValue(view.source.getValue().replace("next: irina-settles", "next: " + node + "-missing"));
        var problem = find(Button.class).all().stream()
                .filter(b -> b.getId().orElse("").startsWith("problem-")
                        && b.getText().contains("Node " + node))
                .findFirst()
                .orElseThrow();
        test(problem).click();
    }

    @Test
    void a_change_in_the_side_panel_is_saved_as_a_draft_at_once() {
        open("scenario", "rp-01");
        select("dp-greeting");
        assertThat(find(NodeForm.class).single().getElement().getTextRecursively())
                .contains("dp-greeting");

        test(find(TextArea.class).id("option-say-greet-warmly")).setValue("Good morning, I am Alex. How can I help?");

        var draft = authoring.open(ContentKind.SCENARIO, "rp-01");
        assertThat(draft.saved()).isTrue();
        assertThat(draft.body()).contains("Good morning, I am Alex. How can I help?");
        assertThat(scenarios
                        .published("rp-01")
                        .orElseThrow()
                        .definition()
                        .node("dp-greeting")
                        .toString())
                .doesNotContain("I am Alex");
    }

    @Test
    void a_problem_leads_to_its_node_and_publishing_is_refused_until_it_is_fixed() {
        var view = open("scenario", "rp-01");
        clickProblemOf("dp-greeting");

        assertThat(find(Button.class).all())
                .filteredOn(b -> b.getId().orElse("").startsWith("problem-"))
                .anySatisfy(b -> assertThat(b.getText()).contains("Node dp-greeting", "“dp-greeting-missing”"));
        assertThat(find(NodeForm.class).single().getElement().getTextRecursively())
                .contains("dp-greeting");
        test(view.publish).click();
        assertThat(scenarios.versionCount("rp-01")).isEqualTo(1);

        sourceTab();
        test(view.source)
                .setValue(view.source
                        .getValue()
                        .replace("dp-greeting-missing", "irina-settles")
                        .replace("minutes: 9", "minutes: 10"));
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class)
                        .id("problems-none")
                        .getText())
                .contains("ready to publish");
        test(view.publish).click();
        assertThat(scenarios.versionCount("rp-01")).isEqualTo(2);
    }

    @Test
    void a_stale_editor_is_told_about_the_conflict_and_keeps_its_text() {
        var view = open("scenario", "rp-02");
        sourceTab();
        test(view.source).setValue(view.source.getValue() + "# mine\n");
        // Someone else saves the same draft meanwhile.
        var theirs = authoring.open(ContentKind.SCENARIO, "rp-02");
        authoring.save(ContentKind.SCENARIO, "rp-02", theirs.body() + "# theirs\n", theirs.lock());

        test(view.source).setValue(view.source.getValue() + "# mine again\n");

        assertThat(view.conflict.isVisible()).isTrue();
        assertThat(view.source.getValue()).endsWith("# mine again\n");
        assertThat(authoring.open(ContentKind.SCENARIO, "rp-02").body()).endsWith("# theirs\n");
        test(find(Button.class).id("reload")).click();
        assertThat(view.source.getValue()).endsWith("# theirs\n");
    }

    @Test
    void playing_from_a_node_uses_the_real_player_and_records_nothing() {
        open("scenario", "rp-01");
        select("dp-greeting");

        test(find(Button.class).id("play-from-here")).click();
        test(find(Button.class).id("play-start")).click();

        var preview = find(ScenarioPreview.class).single();
        assertThat(preview.getElement().getTextRecursively()).contains("How do you start?", "Preview");
        test(find(Button.class).id("option-greet-warmly")).click();
        assertThat(find(ScenarioPreview.class).single().getElement().getTextRecursively())
                .contains("Good morning, I'm Alex");
    }

    @Test
    void a_three_decision_role_play_built_in_the_side_panel_has_nothing_left_to_fix() {
        authoring.create(ContentKind.SCENARIO, "rp-parcel", "The parcel that never came");
        var view = open("scenario", "rp-parcel");
        test(find(Button.class).id("add-decision")).click();
        test(find(Button.class).id("add-decision")).click();

        select("first-decision");
        test(combo("option-next-welcome")).selectItem("decision-1 · Decision");
        select("decision-1");
        test(combo("option-next-option-1")).selectItem("decision-2 · Decision");
        select("decision-2");
        test(combo("option-next-option-2")).selectItem("ending · Ending: standard");

        int option = 3;
        for (String decision : java.util.List.of("first-decision", "decision-1", "decision-2")) {
            select(decision);
            test(find(Button.class).id("add-option")).click();
            test(combo("option-next-option-" + option++)).selectItem("ending · Ending: standard");
        }
        var header = headerForm();
        test(header.summary).setValue("Turning a missing parcel into a customer who stays.");
        test(header.setting).setValue("At the counter of a parcel shop; you serve the customer.");
        test(header.situation).setValue("Her parcel was marked delivered but never came.");
        test(header.expects).setValue("That someone finds the parcel or refunds her.");

        assertThat(view.problemList.getElement().getTextRecursively()).contains("ready to publish");
        test(view.publish).click();
        assertThat(scenarios.published("rp-parcel").orElseThrow().definition().decisions())
                .hasSize(3)
                .allMatch(d -> d.options().size() == 2);
    }

    @Test
    void the_untouched_template_is_not_ready_to_publish_and_says_what_is_left_of_it() {
        authoring.create(ContentKind.SCENARIO, "rp-new", "A new role-play");
        var view = open("scenario", "rp-new");

        var problems = view.problemList.getElement().getTextRecursively();
        assertThat(problems)
                .doesNotContain("ready to publish")
                .contains(
                        "“summary” is still the template’s example",
                        "“persona/situation” is still the template’s example (“Why the customer has come.”)",
                        "The decision “first-decision” offers only one option");
        assertThat(view.warningList.isVisible()).isTrue();
        assertThat(view.warningList.getElement().getTextRecursively()).isNotBlank();
        test(view.publish).click();
        assertThat(scenarios.published("rp-new")).isEmpty();
    }

    @Test
    void the_persona_and_setting_are_edited_in_a_form_and_saved_to_the_draft() {
        authoring.create(ContentKind.SCENARIO, "rp-new", "A new role-play");
        open("scenario", "rp-new");
        var header = headerForm();
        assertThat(header.personaName.getValue()).isEqualTo("Alex");

        test(header.personaName).setValue("Irina Petrova");
        test(header.personaAge).setValue(67);
        test(header.situation).setValue("Her pension account was blocked after a name change.");
        test(header.expects).setValue("To be told in plain words what happens next.");
        test(header.setting).setValue("A bank branch on a Monday morning; you are the advisor.");
        test(header.summary).setValue("Calming a worried customer while following the rules.");
        test(header.sectors).setValue("banking, contact-centre");
        test(header.minutes).setValue(12);

        var read = authoring
                .readScenario(authoring.open(ContentKind.SCENARIO, "rp-new").body())
                .orElseThrow();
        assertThat(read.persona().name()).isEqualTo("Irina Petrova");
        assertThat(read.persona().age()).isEqualTo(67);
        assertThat(read.persona().situation().english())
                .isEqualTo("Her pension account was blocked after a name change.");
        assertThat(read.persona().expects().english()).isEqualTo("To be told in plain words what happens next.");
        assertThat(read.setting().english()).startsWith("A bank branch");
        assertThat(read.summary().english()).startsWith("Calming");
        assertThat(read.sectors()).containsExactly("banking", "contact-centre");
        assertThat(read.minutes()).isEqualTo(12);
        assertThat(view().problemList.getElement().getTextRecursively())
                .doesNotContain("template’s example")
                .contains("offers only one option");
    }

    @Test
    void an_emptied_header_field_is_marked_and_not_saved() {
        authoring.create(ContentKind.SCENARIO, "rp-new", "A new role-play");
        open("scenario", "rp-new");
        var header = headerForm();

        test(header.personaName).setValue(" ");
        header.minutes.clear();

        assertThat(header.personaName.isInvalid()).isTrue();
        assertThat(header.minutes.isInvalid()).isTrue();
        var read = authoring
                .readScenario(authoring.open(ContentKind.SCENARIO, "rp-new").body())
                .orElseThrow();
        assertThat(read.persona().name()).isEqualTo("Alex");
        assertThat(read.minutes()).isEqualTo(5);
    }

    private ScenarioHeaderForm headerForm() {
        find(com.vaadin.flow.component.tabs.TabSheet.class)
                .single()
                .setSelectedTab(find(com.vaadin.flow.component.tabs.Tab.class).id("tab-header"));
        return find(ScenarioHeaderForm.class).single();
    }

    private EditorView view() {
        return find(EditorView.class).single();
    }

    @SuppressWarnings("unchecked")
    private com.vaadin.flow.component.combobox.ComboBox<String> combo(String id) {
        return find(com.vaadin.flow.component.combobox.ComboBox.class).id(id);
    }

    @Test
    void archiving_from_the_editor_withdraws_the_item_and_restoring_brings_it_back() {
        open("scenario", "rp-03");

        test(find(Button.class).id("archive")).click();
        test(find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single())
                .confirm();
        assertThat(scenarios.published("rp-03")).isEmpty();
        assertThat(find(Button.class).id("archive").getText()).isEqualTo("Restore");

        test(find(Button.class).id("archive")).click();
        assertThat(scenarios.published("rp-03")).isPresent();
    }

    private boolean giftExportOffered() {
        return find(com.vaadin.flow.component.html.Anchor.class).all().stream()
                .anyMatch(a -> a.getId().orElse("").equals("export-gift") && a.isVisible());
    }

    @Test
    void export_gift_is_offered_only_once_a_quiz_has_a_published_version() {
        var imported = authoring.importGift(
                "quiz-draft-gift",
                "Draft",
                "::Q::Sky is blue {T}\n",
                new org.orienta.competency.Evidence(new org.orienta.competency.CompetencyCode("CO4"), 2));

        open("quiz", "quiz-draft-gift");
        assertThat(giftExportOffered()).isFalse();

        authoring.publish(ContentKind.QUIZ, "quiz-draft-gift", imported.draft().lock());
        UI.getCurrent().navigate("content");
        open("quiz", "quiz-draft-gift");
        assertThat(giftExportOffered()).isTrue();
    }
}
