package org.orienta.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.authoring.AuthoringService;
import org.orienta.authoring.ContentKind;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.content.ContentService;
import org.orienta.curriculum.CurriculumService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(TestUsers.TRAINER)
class WorkspaceViewsTest extends ViewTest {

    @Autowired
    ContentService content;

    @Autowired
    AuthoringService authoring;

    @Autowired
    CurriculumService curriculum;

    @BeforeEach
    void the_bundled_pack() {
        content.importFiles(org.orienta.content.BundledEnglish.files());
    }

    @Test
    void the_content_list_shows_every_item_and_filters_by_kind_and_text() {
        UI.getCurrent().navigate("content");
        var view = find(ContentView.class).single();

        // The framework, role-plays, exercises, quizzes, modules, checklists and facilitated activities.
        assertThat(test(view.grid).size()).isEqualTo(1 + 20 + 15 + 7 + 12 + 9 + 6);
        view.kindFilter.setValue("quiz");
        assertThat(test(view.grid).size()).isEqualTo(7);
        view.kindFilter.setValue("");
        test(view.search).setValue("fitting room");
        assertThat(test(view.grid).size()).isEqualTo(1);
    }

    @Test
    void the_content_list_names_per_item_the_languages_it_is_complete_in_and_what_the_others_miss() {
        content.importFiles(java.util.stream.Stream.concat(
                        org.orienta.content.BundledEnglish.files().stream(),
                        java.util.stream.Stream.of(org.orienta.content.ContentFile.of(
                                "translations/sv/modules/foundations.yaml",
                                "title: Grunderna\ndescription: Vad kundorientering är och varför den lönar sig.\n")))
                .toList());
        UI.getCurrent().navigate("content");

        var view = find(ContentView.class).single();
        var grid = test(view.grid);
        int row = java.util.stream.IntStream.range(0, grid.size())
                .filter(i -> grid.getRow(i).kind() == ContentKind.MODULE
                        && grid.getRow(i).key().equals("foundations"))
                .findFirst()
                .orElseThrow();
        var foundations = (com.vaadin.flow.component.html.Div) grid.getCellComponent(row, 5);
        assertThat(foundations.getChildren().map(c -> ((com.vaadin.flow.component.html.Span) c).getText()))
                .containsExactly(
                        "Croatian: 2 texts missing",
                        "Swedish: complete",
                        "Polish: 2 texts missing",
                        "Russian: 2 texts missing",
                        "Thai: 2 texts missing");
    }

    @Test
    void the_translation_dialogs_offer_the_languages_and_preview_per_item_the_texts_that_change() {
        UI.getCurrent().navigate("content");
        var view = find(ContentView.class).single();
        test(find(Button.class).id("export-xliff")).click();
        var language = find(com.vaadin.flow.component.select.Select.class).id("xliff-language");
        assertThat(language.getListDataView()
                        .getItems()
                        .map(l -> language.getItemLabelGenerator().apply(l)))
                .containsExactly("Croatian", "Swedish", "Polish", "Russian", "Thai");

        var xliff = authoring
                .exportXliff(
                        java.util.List.of(new AuthoringService.ItemKey(ContentKind.MODULE, "foundations")),
                        java.util.Locale.forLanguageTag("pl"))
                .replace("state=\"initial\"", "state=\"translated\"");
        var matcher = java.util.regex.Pattern.compile(
                        "<source>(.*?)</source>(\\s*)<target></target>", java.util.regex.Pattern.DOTALL)
                .matcher(xliff);
        var filled = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(
                    filled,
                    java.util.regex.Matcher.quoteReplacement("<source>" + matcher.group(1) + "</source>"
                            + matcher.group(2) + "<target>" + matcher.group(1) + " (pl)</target>"));
        }
        matcher.appendTail(filled);
        var preview = new com.vaadin.flow.component.html.Div();
        view.showXliffPreview(
                preview,
                authoring.previewXliff("pl.xlf", filled.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(preview.getElement().getTextRecursively()).contains("Foundations", "texts change");
    }

    @Test
    void a_new_item_is_created_from_the_dialog_and_opened_in_the_editor() {
        UI.getCurrent().navigate("content");
        test(find(Button.class).id("new-item")).click();

        test(find(TextField.class).id("new-title")).setValue("Late parcel");
        assertThat(find(TextField.class).id("new-key").getValue()).isEqualTo("late-parcel");
        test(find(Button.class).id("new-create")).click();

        assertThat(find(EditorView.class).single()).isNotNull();
        assertThat(authoring.open(ContentKind.SCENARIO, "late-parcel").saved()).isTrue();
    }

    @Test
    void a_taken_key_is_refused_on_its_field() {
        UI.getCurrent().navigate("content");
        test(find(Button.class).id("new-item")).click();
        test(find(TextField.class).id("new-title")).setValue("Again");
        test(find(TextField.class).id("new-key")).setValue("rp-01");
        test(find(Button.class).id("new-create")).click();

        assertThat(find(TextField.class).id("new-key").isInvalid()).isTrue();
        assertThat(find(TextField.class).id("new-key").getErrorMessage()).contains("already used");
    }

    @Test
    void the_module_builder_reorders_items_and_totals_minutes_and_competencies() {
        UI.getCurrent().navigate("content/module/service-levels");
        var builder = find(ModuleBuilder.class).single();
        var before = curriculum
                .published("service-levels")
                .orElseThrow()
                .definition()
                .items();
        assertThat(builder.totals.getText()).startsWith("7 items · ").contains("minutes", "CO5");

        test(rowButton(builder, 0, "module-down-sx-01")).click();

        var draft = authoring
                .readModule(authoring.open(ContentKind.MODULE, "service-levels").body())
                .orElseThrow();
        assertThat(draft.items().get(0)).isEqualTo(before.get(1));
        assertThat(draft.items().get(1)).isEqualTo(new ItemRef(ItemKind.EXERCISE, "sx-01"));
        assertThat(curriculum
                        .published("service-levels")
                        .orElseThrow()
                        .definition()
                        .items())
                .isEqualTo(before);
    }

    @Test
    void the_module_builder_adds_a_published_item_and_removes_one() {
        UI.getCurrent().navigate("content/module/service-levels");
        var builder = find(ModuleBuilder.class).single();
        var quiz = authoring.catalogue().stream()
                .filter(c -> c.ref().key().equals("quiz-foundations"))
                .findFirst()
                .orElseThrow();

        test(builder.add).selectItem(builder.add.getItemLabelGenerator().apply(quiz));
        test(rowButton(builder, 3, "module-remove-rp-06")).click();

        var draft = authoring
                .readModule(authoring.open(ContentKind.MODULE, "service-levels").body())
                .orElseThrow();
        assertThat(draft.items())
                .contains(new ItemRef(ItemKind.QUIZ, "quiz-foundations"))
                .doesNotContain(new ItemRef(ItemKind.SCENARIO, "rp-06"));
    }

    @Test
    void the_question_bank_filters_by_competency_type_and_text() {
        UI.getCurrent().navigate("content/questions");
        var view = find(QuestionBankView.class).single();
        assertThat(test(view.grid).size()).isEqualTo(63);

        view.type.setValue("true_false");
        var trueFalse = test(view.grid).size();
        assertThat(trueFalse).isBetween(1, 62);
        view.type.setValue("");
        view.competency.setValue("CO5");
        assertThat(test(view.grid).size()).isBetween(1, 62);
        view.competency.setValue("");
        test(view.search).setValue("service centre");
        assertThat(test(view.grid).size()).isBetween(1, 62);
    }

    /** A button of a row's actions: grid cells are rendered on demand, so they are asked for by row. */
    private Button rowButton(ModuleBuilder builder, int row, String id) {
        var cell = test(builder.items).getCellComponent(row, 4);
        return cell.getChildren()
                .filter(c -> c.getId().orElse("").equals(id))
                .map(Button.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in row " + row));
    }

    @Test
    void the_gift_dialog_offers_the_competencies_for_questions_without_evidence() {
        UI.getCurrent().navigate("content");
        test(find(Button.class).id("import-gift")).click();

        assertThat(find(com.vaadin.flow.component.select.Select.class)
                        .id("gift-competency")
                        .isVisible())
                .isTrue();
    }
}
