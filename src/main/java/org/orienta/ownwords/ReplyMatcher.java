package org.orienta.ownwords;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.orienta.base.LocalizedText;
import org.orienta.scenario.ScenarioNode.Option;

/**
 * Matches a reply against options with one embedder. The options' references (their text and example
 * phrasings) are embedded once and kept, so a reply costs one embedding and a few dot products.
 */
final class ReplyMatcher {

    /** Stage directions in an option's text ("(Still typing)") are done, not said. */
    private static final Pattern STAGE = Pattern.compile("\\([^)]*\\)");

    private static final Pattern SPACE = Pattern.compile("\\s+");

    /** Enough for every option of a large catalogue in a few languages; past it the cache starts over. */
    private static final int CACHE_LIMIT = 50_000;

    private final Embedder embedder;
    private final Map<String, float[]> cache = new ConcurrentHashMap<>();

    ReplyMatcher(Embedder embedder) {
        this.embedder = embedder;
    }

    ReplyMatch match(List<Option> options, String reply, Locale locale, MatchRules.Thresholds thresholds) {
        var vector = embedder.embed(clean(reply));
        var similarities = new LinkedHashMap<String, Double>();
        for (Option option : options) {
            similarities.put(option.id(), similarity(vector, references(option, locale)));
        }
        return MatchRules.decide(similarities, thresholds);
    }

    /** The reply's similarity to its closest reference. */
    double similarity(float[] reply, List<String> references) {
        double best = -1;
        for (String reference : references) {
            best = Math.max(best, Embedder.cosine(reply, vector(reference)));
        }
        return best;
    }

    float[] embed(String text) {
        return embedder.embed(clean(text));
    }

    /**
     * What a reply is compared with for this option: its text as the trainee reads it, its English text
     * when that differs (the examples are written in the file's language), and its examples.
     */
    static List<String> references(Option option, Locale locale) {
        var references = new ArrayList<String>();
        references.add(spoken(option.say().in(locale)));
        var english = spoken(option.say().english());
        if (!references.contains(english)) {
            references.add(english);
        }
        for (String example : option.examples()) {
            if (!references.contains(example)) {
                references.add(example);
            }
        }
        return references;
    }

    /** The words of an option's text, without its stage directions. */
    static String spoken(String say) {
        var words = clean(STAGE.matcher(say).replaceAll(" "));
        return words.isEmpty() ? clean(say) : words;
    }

    static String clean(String text) {
        return SPACE.matcher(text).replaceAll(" ").strip();
    }

    private float[] vector(String reference) {
        var known = cache.get(reference);
        if (known != null) {
            return known;
        }
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        var vector = embedder.embed(clean(reference));
        cache.put(reference, vector);
        return vector;
    }

    static Locale english() {
        return Locale.forLanguageTag(LocalizedText.ENGLISH);
    }
}
