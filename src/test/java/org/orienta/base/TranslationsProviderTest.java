package org.orienta.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TranslationsProviderTest {

    private final Locale serverLocale = Locale.getDefault();
    private final Translations translations = new Translations();

    @AfterEach
    void restoreServerLocale() {
        Locale.setDefault(serverLocale);
    }

    @Test
    void english_comes_first_among_the_offered_languages() {
        assertThat(translations.getProvidedLocales()).first().isEqualTo(Locale.ENGLISH);
        assertThat(translations.getProvidedLocales()).hasSize(6);
    }

    @Test
    void an_english_page_stays_english_on_a_server_whose_own_locale_has_a_translation() {
        Locale.setDefault(Locale.forLanguageTag("sv-SE"));

        assertThat(translations.getTranslation("nav.myTraining", Locale.ENGLISH))
                .isEqualTo("My training");
        assertThat(translations.getTranslation("nav.myTraining", Locale.GERMAN)).isEqualTo("My training");
    }

    @Test
    void a_translated_language_gets_its_own_text_and_arguments_in_its_own_number_format() {
        assertThat(translations.getTranslation("nav.myTraining", Locale.forLanguageTag("sv-SE")))
                .isEqualTo("Min utbildning");
        assertThat(translations.getTranslation("nav.myTraining", Locale.forLanguageTag("hr")))
                .isEqualTo("Moja obuka");
        assertThat(translations.getTranslation("shell.user.menu", Locale.forLanguageTag("ru"), "Анна"))
                .contains("Анна");
    }

    @Test
    void a_missing_key_is_shown_as_such_rather_than_as_an_empty_text() {
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!en: no.such.key");
    }

    @Test
    void a_text_used_again_takes_each_use_s_own_arguments_and_language() {
        var croatian = Locale.forLanguageTag("hr");

        var one = translations.getTranslation("trainerHome.drafts.problems", Locale.ENGLISH, 1);
        var many = translations.getTranslation("trainerHome.drafts.problems", Locale.ENGLISH, 3);
        var croatianMany = translations.getTranslation("trainerHome.drafts.problems", croatian, 3);

        assertThat(one).isEqualTo("1 problem");
        assertThat(many).isEqualTo("3 problems");
        assertThat(croatianMany).isNotEqualTo(many).contains("3");
    }

    @Test
    void texts_with_arguments_format_correctly_from_many_threads_at_once() throws Exception {
        Callable<Boolean> check = () -> IntStream.range(1, 500)
                .allMatch(n -> translations
                        .getTranslation("trainerHome.drafts.problems", Locale.ENGLISH, n)
                        .equals(n == 1 ? "1 problem" : n + " problems"));
        try (var pool = Executors.newFixedThreadPool(8)) {
            var results = pool.invokeAll(java.util.Collections.nCopies(8, check));
            for (var result : results) {
                assertThat(result.get()).isTrue();
            }
        }
    }
}
