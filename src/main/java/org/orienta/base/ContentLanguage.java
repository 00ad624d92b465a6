package org.orienta.base;

import java.util.Locale;

/**
 * Which language an item is shown in. The catalogue gives trainees an item's definition with only the
 * languages the item is complete in (docs/decisions/0029), so any one of its texts tells: if it has the
 * reader's language the whole item has it; otherwise the whole item is shown in English with a note.
 */
public final class ContentLanguage {

    private ContentLanguage() {}

    /** Whether the item that has this text (any of its texts, e.g. the title) is shown in the reader's language. */
    public static boolean availableIn(LocalizedText anyText, Locale reader) {
        var language = reader.getLanguage();
        return language.equals(LocalizedText.ENGLISH) || anyText.translations().containsKey(language);
    }

    /** The language the item is shown in: the reader's, or English when the item is not complete in it. */
    public static Locale shownIn(LocalizedText anyText, Locale reader) {
        return availableIn(anyText, reader) ? reader : Languages.ENGLISH;
    }
}
