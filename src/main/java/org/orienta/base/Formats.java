package org.orienta.base;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * One format per thing a trainee reads: a date is always the locale's medium date ("Jan 15, 2027"),
 * a share always the locale's percentage ("67%"), a quotation always one pair of quotation marks with
 * any quotation inside it turned into the inner marks. Views that each chose their own showed the same
 * date two ways on one screen.
 */
public final class Formats {

    private Formats() {}

    public static String date(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    /** The calendar day of an instant where the server runs, as {@link #date(LocalDate, Locale)}. */
    public static String date(Instant instant, Locale locale) {
        return date(instant.atZone(ZoneId.systemDefault()).toLocalDate(), locale);
    }

    /** @param share between 0 and 1; rounded to a whole percent */
    public static String percent(double share, Locale locale) {
        var format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(0);
        return format.format(share);
    }

    /** The quotation marks a language uses: outer opening, outer closing, inner opening, inner closing. */
    private static String marks(Locale locale) {
        return switch (locale.getLanguage()) {
            case "hr" -> "„“‚‘";
            case "pl" -> "„”‚’";
            case "ru" -> "«»„“";
            case "sv" -> "””’’";
            default -> "“”‘’";
        };
    }

    /**
     * Quotes a text for a sentence with the language's marks (“…” in English, „…“ in Croatian, «…» in
     * Russian), and quotation marks inside it become the inner ones, so that a quoted answer that itself
     * quotes never shows two levels of the same mark.
     */
    public static String quote(String text, Locale locale) {
        var marks = marks(locale);
        var inner = new StringBuilder();
        // “ opens in English but closes in Croatian and Russian; like " it means whichever is due.
        boolean inside = false;
        for (char c : text.strip().toCharArray()) {
            switch (c) {
                case '„', '«' -> {
                    inner.append(marks.charAt(2));
                    inside = true;
                }
                case '”', '»' -> {
                    inner.append(marks.charAt(3));
                    inside = false;
                }
                case '"', '“' -> {
                    inner.append(inside ? marks.charAt(3) : marks.charAt(2));
                    inside = !inside;
                }
                default -> inner.append(c);
            }
        }
        return marks.charAt(0) + inner.toString() + marks.charAt(1);
    }
}
