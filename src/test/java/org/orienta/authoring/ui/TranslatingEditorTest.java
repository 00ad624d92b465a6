package org.orienta.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.authoring.AuthoringService;
import org.orienta.authoring.ContentKind;
import org.orienta.content.ContentService;
import org.orienta.exercise.ClassifyExercise;
import org.orienta.scenario.ScenarioDefinition;
import org.orienta.scenario.ScenarioNode.CustomerLine;
import org.orienta.scenario.ScenarioNode.Decision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The editors show and edit a language beside English, keeping English and every other language. */
@WithUserDetails(TestUsers.TRAINER)
class TranslatingEditorTest extends ViewTest {

    private static final Locale CROATIAN = Locale.forLanguageTag("hr");
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Autowired
    ContentService content;

    @Autowired
    AuthoringService authoring;

    @BeforeEach
    void the_bundled_pack() {
        content.importFiles(org.orienta.content.BundledEnglish.files());
    }

    private EditorView open(String kind, String key) {
        UI.getCurrent().navigate("content/" + kind + "/" + key);
        return find(EditorView.class).single();
    }

    private ScenarioDefinition scenarioDraft(String key) {
        return authoring
                .readScenario(authoring.open(ContentKind.SCENARIO, key).body())
                .orElseThrow();
    }

    private void select(String node) {
        find(ScenarioEditor.class).single().select(node);
    }

    @Test
    void a_customer_line_edited_in_croatian_is_saved_beside_the_english_which_stays_as_it_was() {
        var view = open("scenario", "rp-01");
        var english = ((CustomerLine) scenarioDraft("rp-01").node("irina-opens").orElseThrow())
                .lines()
                .getLast()
                .text()
                .english();
        view.language.setValue(CROATIAN);
        select("irina-opens");

        var line = find(TextArea.class).id("node-text");
        assertThat(line.getValue()).isEmpty();
        assertThat(find(Div.class).id("node-text-english").getText()).isEqualTo(english);
        test(line).setValue("Dobar dan. Htjela bih otvoriti štednju i dobiti debitnu karticu. Po mogućnosti brzo.");

        var draft = authoring.open(ContentKind.SCENARIO, "rp-01");
        assertThat(draft.saved()).isTrue();
        var text = ((CustomerLine) scenarioDraft("rp-01").node("irina-opens").orElseThrow())
                .lines()
                .getLast()
                .text();
        assertThat(text.translations())
                .containsEntry(
                        "hr", "Dobar dan. Htjela bih otvoriti štednju i dobiti debitnu karticu. Po mogućnosti brzo.");
        assertThat(text.english()).isEqualTo(english);
        assertThat(draft.body()).contains("hr: ");
    }

    @Test
    void editing_in_one_language_keeps_the_others_and_editing_english_keeps_the_translations() {
        var view = open("scenario", "rp-01");
        view.language.setValue(CROATIAN);
        select("dp-greeting");
        test(find(TextArea.class).id("option-say-greet-warmly")).setValue("Dobro jutro, ja sam Alex.");
        view.language.setValue(SWEDISH);
        select("dp-greeting");
        test(find(TextArea.class).id("option-say-greet-warmly")).setValue("God morgon, jag heter Alex.");
        view.language.setValue(Locale.ENGLISH);
        select("dp-greeting");
        test(find(TextArea.class).id("option-say-greet-warmly")).setValue("Good morning, I am Alex.");

        var say = ((Decision) scenarioDraft("rp-01").node("dp-greeting").orElseThrow())
                .option("greet-warmly")
                .orElseThrow()
                .say();
        assertThat(say.translations())
                .containsEntry("en", "Good morning, I am Alex.")
                .containsEntry("hr", "Dobro jutro, ja sam Alex.")
                .containsEntry("sv", "God morgon, jag heter Alex.");
    }

    @Test
    void clearing_a_translation_leaves_the_text_to_translate_and_english_is_never_required_twice() {
        var view = open("scenario", "rp-01");
        view.language.setValue(CROATIAN);
        select("irina-opens");
        var line = find(TextArea.class).id("node-text");
        test(line).setValue("Dobar dan.");
        test(line).setValue("");

        assertThat(line.isInvalid()).isFalse();
        var text = ((CustomerLine) scenarioDraft("rp-01").node("irina-opens").orElseThrow())
                .lines()
                .getLast()
                .text();
        assertThat(text.translations()).doesNotContainKey("hr");
    }

    @Test
    void the_editor_counts_the_texts_still_missing_in_the_language_and_one_fewer_once_one_is_written() {
        var view = open("scenario", "rp-01");
        assertThat(view.missing.isVisible()).isFalse();

        view.language.setValue(CROATIAN);
        int before = EditorLanguage.missing(scenarioDraft("rp-01"), CROATIAN).size();
        assertThat(before).isPositive();
        assertThat(find(Span.class).id("translation-missing").getText()).contains(Integer.toString(before), "Croatian");
        assertThat(view.nextMissing.isVisible()).isTrue();

        select("irina-opens");
        test(find(TextArea.class).id("node-text")).setValue("Dobar dan.");

        assertThat(find(Span.class).id("translation-missing").getText()).contains(Integer.toString(before - 1));
    }

    @Test
    void next_missing_leads_to_the_first_untranslated_text_and_then_on_to_the_next() {
        var view = open("scenario", "rp-01");
        view.language.setValue(CROATIAN);
        var tabs = find(TabSheet.class).single();

        test(view.nextMissing).click();
        // The title comes first in the file: the header tab opens on it.
        assertThat(tabs.getSelectedTab()).isEqualTo(find(Tab.class).id("tab-header"));
        assertThat(find(TextField.class).id("header-title").getElement().getAttribute("lang"))
                .isEqualTo("hr");

        // Title, summary, setting and the persona's name, situation and expectation: six header texts.
        for (int i = 0; i < 6; i++) {
            test(view.nextMissing).click();
        }
        // Past the header texts the nodes follow, each selected in the graph with its form.
        assertThat(tabs.getSelectedTab()).isEqualTo(find(Tab.class).id("tab-graph"));
        assertThat(find(NodeForm.class).single().getElement().getTextRecursively())
                .contains("arrival");
    }

    @Test
    void a_form_edited_item_is_translated_in_its_form_too() {
        var view = open("exercise", "sx-01");
        var before = (ClassifyExercise) authoring
                .readDefinition(
                        ContentKind.EXERCISE,
                        authoring.open(ContentKind.EXERCISE, "sx-01").body())
                .orElseThrow();
        view.language.setValue(CROATIAN);

        var title = find(TextArea.class).id("form-info-title");
        assertThat(find(Div.class).id("form-info-title-english").getText())
                .isEqualTo(before.title().english());
        test(title).setValue("Niska, standardna ili WOW razina?");

        var after = (ClassifyExercise) authoring
                .readDefinition(
                        ContentKind.EXERCISE,
                        authoring.open(ContentKind.EXERCISE, "sx-01").body())
                .orElseThrow();
        assertThat(after.title().english()).isEqualTo(before.title().english());
        assertThat(after.title().translations()).containsEntry("hr", "Niska, standardna ili WOW razina?");
    }

    @Test
    void the_language_selector_offers_english_and_the_five_trainee_languages_by_their_own_names() {
        var view = open("scenario", "rp-01");

        assertThat(view.language.getListDataView().getItems().map(EditorLanguage::name))
                .containsExactly("English", "Hrvatski", "Svenska", "Polski", "Русский", "ไทย");
        // In English nothing is missing: no count and no "next missing".
        assertThat(view.nextMissing.isVisible()).isFalse();
        assertThat(view.missing.isVisible()).isFalse();
    }
}
