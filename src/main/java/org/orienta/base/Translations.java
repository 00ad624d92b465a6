package org.orienta.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The interface texts, from {@code vaadin-i18n/translations*.properties}. Vaadin's default provider
 * lists only the languages that have a file of their own, so English (the base file) was not among them
 * and a browser asking for any other language got the first translation found; and Java's bundle lookup
 * falls back to the server's own locale before the base file. Here English is offered first and a
 * missing translation falls straight back to English, whatever the server's locale.
 */
@Component
public class Translations implements I18NProvider {

    static final String BUNDLE = "vaadin-i18n.translations";
    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final ResourceBundle.Control NO_SERVER_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /**
     * Parsed patterns by language and key. Parsing is most of a text's cost, and on JDK 25 a pattern with
     * a style such as {@code {0,number,integer}} throws and catches an exception inside MessageFormat on
     * every parse: a load run profiled 36,000 of them in ten minutes. MessageFormat is not thread-safe,
     * so each use formats with a copy of the parsed one, which costs no parsing.
     */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(@Nullable String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        var language = Languages.supported(locale).orElse(Languages.ENGLISH);
        String pattern;
        try {
            pattern = bundle(language).getString(key);
        } catch (MissingResourceException e) {
            log.debug("No interface text for {}", key);
            return "!" + language.getLanguage() + ": " + key;
        }
        if (params.length == 0) {
            return pattern;
        }
        var parsed = formats.computeIfAbsent(
                language.toLanguageTag() + '\u0000' + key, unused -> new MessageFormat(pattern, language));
        return ((MessageFormat) parsed.clone()).format(params);
    }

    static ResourceBundle bundle(Locale language) {
        // The base file's locale is ROOT: English, asked for as "en", finds no translations_en and uses it.
        return ResourceBundle.getBundle(BUNDLE, language, Translations.class.getClassLoader(), NO_SERVER_LOCALE);
    }
}
