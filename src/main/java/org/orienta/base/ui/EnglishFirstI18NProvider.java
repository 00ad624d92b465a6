package org.orienta.base.ui;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NUtil;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * The interface text in every language with a translations_xx.properties file, English first.
 *
 * <p>Vaadin's own provider lists the translation files in whatever order the class path gives them and falls back
 * to the first: with Russian and Thai present, a browser asking for English or German was answered in Thai. It also
 * lets {@link ResourceBundle} fall back to the server's default locale before the English base file, so a server set
 * to Thai showed Thai to everyone. Here English (the base file) is the default, and only the requested language or
 * English is ever used.
 */
@Component
class EnglishFirstI18NProvider extends DefaultI18NProvider {

    private static final ResourceBundle.Control NO_SERVER_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ClassLoader classLoader;

    EnglishFirstI18NProvider() {
        this(EnglishFirstI18NProvider.class.getClassLoader());
    }

    EnglishFirstI18NProvider(ClassLoader classLoader) {
        super(languages(classLoader), classLoader);
        this.classLoader = classLoader;
    }

    static List<Locale> languages(ClassLoader classLoader) {
        var languages = new ArrayList<Locale>();
        languages.add(Locale.ENGLISH);
        I18NUtil.getDefaultTranslationLocales(classLoader).stream()
                .filter(locale -> !locale.getLanguage().equals(Locale.ENGLISH.getLanguage()))
                .sorted(Comparator.comparing(Locale::toLanguageTag))
                .forEach(languages::add);
        return List.copyOf(languages);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String value;
        try {
            value = ResourceBundle.getBundle(BUNDLE_PREFIX, locale, classLoader, NO_SERVER_LOCALE)
                    .getString(key);
        } catch (MissingResourceException e) {
            // The same visible marker as Vaadin's provider, so a missing key is noticed rather than hidden.
            return "!" + locale.getLanguage() + ": " + key;
        }
        return params.length > 0 ? new MessageFormat(value, locale).format(params) : value;
    }
}
