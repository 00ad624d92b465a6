package org.orienta.base;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How far an item is translated: the number of its trainee-facing texts and, per language besides
 * English, how many of them have no text in it. An item is complete in a language when nothing is
 * missing; only then is it shown in that language (never a mix of two languages).
 */
public record Completeness(int texts, Map<String, Integer> missing) implements java.io.Serializable {

    public Completeness {
        missing = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(missing));
    }

    /** The languages an item may be translated into: every supported one but English, in list order. */
    public static List<String> languages() {
        return Languages.SUPPORTED.stream()
                .map(Locale::getLanguage)
                .filter(l -> !l.equals(LocalizedText.ENGLISH))
                .toList();
    }

    /** The texts without a translation in a language; English is never missing. */
    public int missing(String language) {
        if (language.equals(LocalizedText.ENGLISH)) {
            return 0;
        }
        return missing.getOrDefault(language, texts);
    }

    public int translated(String language) {
        return texts - missing(language);
    }

    public boolean complete(String language) {
        return missing(language) == 0;
    }

    public boolean complete(Locale language) {
        return complete(language.getLanguage());
    }

    /** The languages besides English the item is complete in. */
    public List<String> completeLanguages() {
        return languages().stream().filter(this::complete).toList();
    }

    /** Counts the texts of an item and, per language, those without a translation. */
    public static Completeness of(List<LocalizedText> texts) {
        var missing = new LinkedHashMap<String, Integer>();
        for (var language : languages()) {
            int count = 0;
            for (var text : texts) {
                if (!text.translations().containsKey(language)) {
                    count++;
                }
            }
            missing.put(language, count);
        }
        return new Completeness(texts.size(), missing);
    }
}
