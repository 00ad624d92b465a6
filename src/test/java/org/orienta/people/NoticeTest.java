package org.orienta.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;
import java.net.URLClassLoader;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class NoticeTest {

    /** The application's English bundle plus a German test bundle, read the way the UI reads them. */
    static I18NProvider withGerman() {
        var root = Objects.requireNonNull(NoticeTest.class.getClassLoader().getResource("notice-i18n/"));
        var loader = new URLClassLoader(new java.net.URL[] {root}, NoticeTest.class.getClassLoader());
        return new DefaultI18NProvider(List.of(Locale.ENGLISH, Locale.GERMAN), loader);
    }

    /** What a view does: {@code getTranslation(key, arguments)} in the UI's locale. */
    static String shown(Notice notice, I18NProvider i18n, Locale locale) {
        return notice.text((key, arguments) -> i18n.getTranslation(key, locale, arguments), locale);
    }

    private static Notice notice(String key, List<String> arguments, String text) {
        return new Notice(1, key, arguments, text, "my-training/basics", "Maya Chen", Instant.EPOCH);
    }

    @Test
    void a_notice_is_shown_in_the_language_of_whoever_reads_it_with_their_date_format() {
        var reminder = notice("notice.reminderDue", List.of("Basics", "2099-01-15"), "ignored");

        assertThat(shown(reminder, withGerman(), Locale.GERMAN))
                .isEqualTo("Erinnerung: Bitte „Basics“ bis 15.01.2099 abschließen.");
        assertThat(shown(reminder, withGerman(), Locale.ENGLISH))
                .isEqualTo("Reminder: please complete “Basics” by Jan 15, 2099.");
    }

    @Test
    void a_notice_written_before_keys_shows_its_stored_sentence() {
        var old = notice(null, List.of(), "Reminder: please complete “Basics” by Jan 15, 2099.");

        assertThat(shown(old, withGerman(), Locale.GERMAN))
                .isEqualTo("Reminder: please complete “Basics” by Jan 15, 2099.");
    }

    @Test
    void a_title_is_not_mistaken_for_a_date() {
        var review = notice("notice.answerReviewed", List.of("2024-Q1 plan"), "");

        assertThat(shown(review, withGerman(), Locale.GERMAN)).isEqualTo("Your answer to “2024-Q1 plan” was reviewed.");
    }
}
