package org.orienta.base;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * Text that reads as it is. Names, titles and labels must not hide invisible control characters: a
 * right-to-left override makes "‮rotartsinimdA" display as "Administrator", zero-width and bidi marks
 * make two different names look the same. Refused: control characters (line breaks and tabs too, unless
 * the text may span lines), format characters except the zero-width joiner and non-joiner that
 * emoji and several scripts need, and line or paragraph separators.
 */
public final class VisibleText {

    private VisibleText() {}

    /** The first invisible character of a one-line text (a name, a title), if any. */
    public static OptionalInt invisible(String text) {
        return invisible(text, false);
    }

    /** The first invisible character, allowing line breaks and tabs when the text may span lines. */
    public static OptionalInt invisible(String text, boolean multiline) {
        return text.codePoints().filter(c -> refused(c, multiline)).findFirst();
    }

    /** "U+202E RIGHT-TO-LEFT OVERRIDE", for a message that says what to remove. */
    public static String describe(int codePoint) {
        var name = Character.getName(codePoint);
        return String.format(Locale.ROOT, "U+%04X", codePoint)
                + (name == null ? "" : " " + name.toLowerCase(Locale.ROOT));
    }

    private static boolean refused(int c, boolean multiline) {
        if (multiline && (c == '\n' || c == '\r' || c == '\t')) {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            case Character.FORMAT -> c != 0x200C && c != 0x200D;
            default -> false;
        };
    }
}
