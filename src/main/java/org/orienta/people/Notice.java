package org.orienta.people;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.orienta.base.Formats;

/**
 * A message for one person, shown on their home page: a reminder from a trainer, a reviewed answer. It
 * is a message key with its arguments, shown in the reader's language; {@code text} is the English
 * sentence, the only form of a notice written before keys ({@code key} null).
 */
public record Notice(
        long id, @Nullable String key, List<String> arguments, String text, String link, String from, Instant at) {

    public Notice {
        arguments = List.copyOf(arguments);
    }

    /**
     * The notice in the reader's words: {@code translate} is the UI's translation lookup (key and
     * arguments); dates among the arguments take the reader's date format.
     */
    public String text(BiFunction<String, Object[], String> translate, Locale locale) {
        if (key == null) {
            return text;
        }
        return translate.apply(key, arguments(locale));
    }

    Object[] arguments(Locale locale) {
        return arguments.stream().map(a -> shown(a, locale)).toArray();
    }

    private static String shown(String argument, Locale locale) {
        if (argument.length() == 10 && argument.charAt(4) == '-' && argument.charAt(7) == '-') {
            try {
                return Formats.date(LocalDate.parse(argument), locale);
            } catch (DateTimeParseException notADate) {
                return argument;
            }
        }
        return argument;
    }
}
