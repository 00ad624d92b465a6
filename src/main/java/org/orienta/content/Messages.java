package org.orienta.content;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages for places without a Vaadin UI (the log, the validate command), read from the same bundle
 * the UI translates with, so a problem reads the same everywhere.
 */
final class Messages {

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.ROOT);

    private Messages() {}

    static String english(String key, Object... arguments) {
        try {
            return new MessageFormat(ENGLISH.getString(key), Locale.ENGLISH).format(arguments);
        } catch (MissingResourceException e) {
            return key + " " + java.util.Arrays.toString(arguments);
        }
    }
}
