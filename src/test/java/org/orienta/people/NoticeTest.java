package org.orienta.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.orienta.base.Formats;
import org.orienta.base.Translations;

class NoticeTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final I18NProvider i18n = new Translations();

    /** What a view does: {@code getTranslation(key, arguments)} in the UI's locale. */
    private String shown(Notice notice, Locale locale) {
        return notice.text((key, arguments) -> i18n.getTranslation(key, locale, arguments), locale);
    }

    private static Notice notice(@Nullable String key, List<String> arguments, String text) {
        return new Notice(1, key, arguments, text, "my-training/basics", "Maya Chen", Instant.EPOCH);
    }

    @Test
    void a_notice_is_shown_in_the_language_of_whoever_reads_it_with_their_date_format() {
        var reminder = notice("notice.reminderDue", List.of("Basics", "2099-01-15"), "ignored");
        var swedishDate = Formats.date(LocalDate.of(2099, 1, 15), SWEDISH);

        assertThat(shown(reminder, SWEDISH)).isEqualTo("Påminnelse: slutför ”Basics” senast " + swedishDate + ".");
        assertThat(shown(reminder, Locale.ENGLISH)).isEqualTo("Reminder: please complete “Basics” by Jan 15, 2099.");
    }

    @Test
    void a_notice_written_before_keys_shows_its_stored_sentence() {
        var old = notice(null, List.of(), "Reminder: please complete “Basics” by Jan 15, 2099.");

        assertThat(shown(old, SWEDISH)).isEqualTo("Reminder: please complete “Basics” by Jan 15, 2099.");
    }

    @Test
    void a_title_is_not_mistaken_for_a_date() {
        var review = notice("notice.answerReviewed", List.of("2024-Q1 plan"), "");

        assertThat(shown(review, Locale.ENGLISH)).isEqualTo("Your answer to “2024-Q1 plan” was reviewed.");
    }
}
