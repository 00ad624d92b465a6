package org.orienta.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class EnglishFirstI18NProviderTest {

    private final EnglishFirstI18NProvider provider = new EnglishFirstI18NProvider();

    @Test
    void a_browser_language_without_a_translation_gets_english_not_the_first_file_found() {
        assertThat(provider.getDefaultLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(provider.getProvidedLocales()).first().isEqualTo(Locale.ENGLISH);
        assertThat(provider.getProvidedLocales()).contains(Locale.forLanguageTag("ru"), Locale.forLanguageTag("th"));
    }

    @Test
    void english_text_does_not_follow_the_server_default_locale() {
        var serverDefault = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("th-TH"));
            assertThat(new EnglishFirstI18NProvider().getTranslation("nav.home", Locale.ENGLISH))
                    .isEqualTo("Home");
            assertThat(new EnglishFirstI18NProvider().getTranslation("nav.home", Locale.GERMAN))
                    .isEqualTo("Home");
        } finally {
            Locale.setDefault(serverDefault);
        }
    }

    @Test
    void russian_and_thai_come_from_their_own_files_with_arguments_formatted() {
        assertThat(provider.getTranslation("nav.home", Locale.forLanguageTag("ru-RU")))
                .isEqualTo("Главная");
        assertThat(provider.getTranslation("quiz.progress", Locale.forLanguageTag("th"), 2, 5))
                .isEqualTo("คำถามที่ 2 จาก 5");
    }

    @Test
    void a_missing_key_is_shown_as_a_visible_marker() {
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!en: no.such.key");
    }
}
