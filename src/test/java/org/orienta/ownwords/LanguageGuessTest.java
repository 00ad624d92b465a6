package org.orienta.ownwords;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuessTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "I'm sorry you waited. I'll rebook the delivery and the courier will call you first.|en",
                "Refund now, email when through|en",
                "Žao mi je što ste čekali. Ja ću vam osobno organizirati novu dostavu.|hr",
                "Przepraszam, że pan czekał. Sam zajmę się nową dostawą i kurier zadzwoni.|pl",
                "Förlåt att du fick vänta. Jag bokar om leveransen och budet ringer dig först.|sv",
                "Извините, что вам пришлось ждать. Я сам перенесу доставку.|ru",
                "ขอโทษที่ทำให้คุณต้องรอ ฉันจะจัดการส่งของใหม่ให้เอง|th"
            })
    void an_answer_s_language_is_told_by_its_script_letters_and_commonest_words(String text, String language) {
        assertThat(LanguageGuess.of(text)).isEqualTo(Locale.forLanguageTag(language));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"申し訳ありません、すぐに対応します", "...  !!! 42"})
    void a_text_in_another_script_or_without_letters_has_no_language(String text) {
        assertThat(LanguageGuess.of(text)).isNull();
    }
}
