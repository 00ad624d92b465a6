package org.orienta.integrity;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The audit's messages outside a Vaadin UI (the command), from the bundle the UI translates with. */
final class AuditMessages {

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.ROOT);

    private AuditMessages() {}

    static String english(String key, Object... arguments) {
        try {
            return new MessageFormat(ENGLISH.getString(key), Locale.ENGLISH).format(arguments);
        } catch (MissingResourceException e) {
            return key + " " + java.util.Arrays.toString(arguments);
        }
    }
}
