package org.orienta.facilitation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** A session's date and time as pages and printouts show it: the locale's medium date and short time. */
public final class SessionTime {

    private SessionTime() {}

    public static String format(Instant instant, Locale locale, ZoneId zone) {
        return instant.atZone(zone)
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale));
    }
}
