package org.orienta.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.orienta.base.LocalizedText;

class EditorLanguageTest {

    private static final Locale CROATIAN = Locale.forLanguageTag("hr");
    private static final LocalizedText GREETING = LocalizedText.of(Map.of("en", "Good morning", "sv", "God morgon"));

    record Part(String id, LocalizedText say, List<LocalizedText> notes) {}

    record Item(String id, LocalizedText title, @Nullable LocalizedText summary, List<Part> parts) {}

    @Test
    void a_translation_is_added_beside_the_english_and_the_other_languages() {
        var text = EditorLanguage.with(GREETING, CROATIAN, "Dobro jutro");

        assertThat(text.translations())
                .containsEntry("en", "Good morning")
                .containsEntry("sv", "God morgon")
                .containsEntry("hr", "Dobro jutro");
    }

    @Test
    void editing_the_english_keeps_every_translation() {
        var text = EditorLanguage.with(GREETING, Locale.ENGLISH, "Hello");

        assertThat(text.translations()).containsEntry("en", "Hello").containsEntry("sv", "God morgon");
    }

    @Test
    void an_emptied_translation_is_removed_so_the_text_is_missing_again() {
        var translated = EditorLanguage.with(GREETING, CROATIAN, "Dobro jutro");

        var cleared = EditorLanguage.with(translated, CROATIAN, "  ");

        assertThat(cleared.translations()).doesNotContainKey("hr");
        assertThat(EditorLanguage.missing(cleared, CROATIAN)).isTrue();
    }

    @Test
    void a_text_without_english_cannot_be_translated() {
        assertThat(EditorLanguage.with(null, CROATIAN, "Sažetak")).isNull();
    }

    @Test
    void the_field_shows_exactly_the_languages_text_without_falling_back_to_english() {
        assertThat(EditorLanguage.in(GREETING, CROATIAN)).isEmpty();
        assertThat(EditorLanguage.in(GREETING, Locale.forLanguageTag("sv"))).isEqualTo("God morgon");
        assertThat(EditorLanguage.in(GREETING, Locale.ENGLISH)).isEqualTo("Good morning");
    }

    @Test
    void every_text_of_an_item_is_found_and_named_like_its_form_field() {
        var item = new Item(
                "x-1",
                GREETING,
                null,
                List.of(new Part(
                        "p-1",
                        LocalizedText.english("Hi"),
                        List.of(LocalizedText.english("a"), LocalizedText.english("b")))));

        assertThat(EditorLanguage.texts(item))
                .extracting(EditorLanguage.Text::path)
                .containsExactly("title", "parts-1-say", "parts-1-notes-1-text", "parts-1-notes-2-text");
    }

    @Test
    void in_english_nothing_is_missing_and_in_another_language_every_untranslated_text_is() {
        var item = new Item("x-1", GREETING, LocalizedText.english("Summary"), List.of());

        assertThat(EditorLanguage.missing(item, Locale.ENGLISH)).isEmpty();
        assertThat(EditorLanguage.missing(item, CROATIAN))
                .extracting(EditorLanguage.Text::path)
                .containsExactly("title", "summary");
        assertThat(EditorLanguage.missing(item, Locale.forLanguageTag("sv")))
                .extracting(EditorLanguage.Text::path)
                .containsExactly("summary");
    }
}
