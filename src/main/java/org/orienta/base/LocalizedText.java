package org.orienta.base;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Learner-facing text in one or more languages. English is always present; a language without its
 * own translation falls back to English.
 */
public final class LocalizedText implements java.io.Serializable {

    public static final String ENGLISH = "en";

    private final Map<String, String> translations;

    private LocalizedText(Map<String, String> translations) {
        if (!translations.containsKey(ENGLISH)) {
            throw new IllegalArgumentException("English text is required");
        }
        this.translations = Collections.unmodifiableMap(new LinkedHashMap<>(translations));
    }

    public static LocalizedText of(Map<String, String> translations) {
        return new LocalizedText(translations);
    }

    public static LocalizedText english(String text) {
        return new LocalizedText(Map.of(ENGLISH, text));
    }

    public String english() {
        return translations.get(ENGLISH);
    }

    /** The text in the locale's language, or English when there is no translation. */
    public String in(Locale locale) {
        var text = translations.get(locale.getLanguage());
        if (text == null) {
            text = translations.get(locale.toLanguageTag());
        }
        return text != null ? text : english();
    }

    /** All languages, English first. */
    public Map<String, String> translations() {
        return translations;
    }

    public boolean hasTranslationsBeyondEnglish() {
        return translations.size() > 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText other && translations.equals(other.translations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(translations);
    }

    @Override
    public String toString() {
        return english();
    }
}
