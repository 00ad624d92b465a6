package org.orienta.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void a_date_is_the_locale_s_medium_date_in_english_and_german() {
        assertThat(Formats.date(LocalDate.of(2027, 1, 15), Locale.ENGLISH)).isEqualTo("Jan 15, 2027");
        assertThat(Formats.date(LocalDate.of(2027, 1, 15), Locale.GERMAN)).isEqualTo("15.01.2027");
    }

    @Test
    void a_share_is_a_whole_percentage_in_the_locale_s_own_spacing() {
        assertThat(Formats.percent(0, Locale.ENGLISH)).isEqualTo("0%");
        assertThat(Formats.percent(2.0 / 3, Locale.ENGLISH)).isEqualTo("67%");
        assertThat(Formats.percent(2.0 / 3, Locale.GERMAN)).matches("67\\h%");
    }

    @Test
    void a_quotation_inside_a_quoted_text_gets_the_inner_marks() {
        assertThat(Formats.quote("In “Guess what he doesn't like” you ask", Locale.ENGLISH))
                .isEqualTo("“In ‘Guess what he doesn't like’ you ask”");
        assertThat(Formats.quote("He said \"no\" twice", Locale.ENGLISH)).isEqualTo("“He said ‘no’ twice”");
        assertThat(Formats.quote("Good morning!", Locale.ENGLISH)).isEqualTo("“Good morning!”");
    }

    @Test
    void each_language_quotes_with_its_own_marks() {
        assertThat(Formats.quote("Dobar dan", Locale.of("hr"))).isEqualTo("„Dobar dan“");
        assertThat(Formats.quote("Dzień dobry", Locale.of("pl"))).isEqualTo("„Dzień dobry”");
        assertThat(Formats.quote("Он сказал „нет“", Locale.of("ru"))).isEqualTo("«Он сказал „нет“»");
        assertThat(Formats.quote("Hej", Locale.of("sv"))).isEqualTo("”Hej”");
        assertThat(Formats.quote("Она сказала \"да\"", Locale.of("ru"))).isEqualTo("«Она сказала „да“»");
    }
}
