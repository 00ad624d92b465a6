package org.orienta.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    static final Locale HR = Locale.forLanguageTag("hr");
    static final Locale SV = Locale.forLanguageTag("sv");
    static final Locale TH = Locale.forLanguageTag("th");

    @Test
    void a_persons_own_choice_wins_over_the_organisation_and_the_browser() {
        assertThat(Languages.resolve(TH, HR, List.of(Locale.forLanguageTag("sv-SE")), true))
                .isEqualTo(TH);
    }

    @Test
    void a_signed_in_person_without_a_choice_gets_the_organisations_language_before_the_browsers() {
        assertThat(Languages.resolve(null, HR, List.of(Locale.US), true)).isEqualTo(HR);
    }

    @Test
    void before_sign_in_the_browsers_language_comes_first_when_orienta_has_it() {
        assertThat(Languages.resolve(null, HR, List.of(Locale.forLanguageTag("sv-FI"), Locale.US), false))
                .isEqualTo(SV);
        assertThat(Languages.resolve(null, HR, List.of(Locale.GERMAN), false)).isEqualTo(HR);
    }

    @Test
    void the_first_browser_language_orienta_has_is_taken_and_english_is_the_last_resort() {
        assertThat(Languages.resolve(null, null, List.of(Locale.GERMAN, Locale.forLanguageTag("pl-PL")), true))
                .isEqualTo(Locale.forLanguageTag("pl"));
        assertThat(Languages.resolve(null, null, List.of(Locale.GERMAN), true)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void tags_with_regions_or_underscores_name_the_supported_language_and_others_name_none() {
        assertThat(Languages.supported("hr_HR")).contains(HR);
        assertThat(Languages.supported("ru-RU")).contains(Locale.forLanguageTag("ru"));
        assertThat(Languages.supported("de")).isEmpty();
        assertThat(Languages.supported("  ")).isEmpty();
    }

    @Test
    void each_language_is_named_in_itself() {
        assertThat(Languages.nativeName(HR)).isEqualTo("Hrvatski");
        assertThat(Languages.nativeName(SV)).isEqualTo("Svenska");
        assertThat(Languages.nativeName(Locale.forLanguageTag("ru"))).isEqualTo("Русский");
        assertThat(Languages.nativeName(TH)).isEqualTo("ไทย");
    }
}
