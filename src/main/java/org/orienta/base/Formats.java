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

    /**
     * Quotes a text for a sentence: “…” around it, and double quotation marks inside it become single
     * ones (‘…’), so that a quoted answer that itself quotes never shows two levels of the same mark.
     */
    public static String quote(String text) {
        var inner = new StringBuilder();
        boolean open = true;
        for (char c : text.strip().toCharArray()) {
            switch (c) {
                case '“' -> inner.append('‘');
                case '”' -> inner.append('’');
                case '"' -> {
                    inner.append(open ? '‘' : '’');
                    open = !open;
                }
                default -> inner.append(c);
            }
        }
        return "“" + inner + "”";
    }
}
