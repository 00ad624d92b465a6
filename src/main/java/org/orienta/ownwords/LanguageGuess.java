package org.orienta.ownwords;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A guess, from its script, its letters and its commonest words, at which of Orienta's six languages a
 * trainee's free-text answer is written in: enough to keep the English model away from a Swedish or a
 * Thai answer, whose vectors it would turn into noise (docs/decisions/0043, 0045). A text with nothing
 * telling in it (a few plain words) is taken for English; a text in another script, for no language.
 */
final class LanguageGuess {

    private static final Map<String, Set<String>> WORDS = new LinkedHashMap<>();

    static {
        // Words common in replies and rare in the other languages; short words shared by several
        // ("i", "a", "to", "na") are left out.
        WORDS.put(
                "en",
                Set.of(
                        "the",
                        "and",
                        "you",
                        "your",
                        "is",
                        "it",
                        "we",
                        "for",
                        "of",
                        "that",
                        "this",
                        "will",
                        "can",
                        "with",
                        "be",
                        "are",
                        "not",
                        "have",
                        "what",
                        "our",
                        "my",
                        "me",
                        "sorry",
                        "please",
                        "would",
                        "there",
                        "they",
                        "but",
                        "if",
                        "ll",
                        "let",
                        "here",
                        "when",
                        "customer",
                        "sure"));
        WORDS.put(
                "hr",
                Set.of(
                        "je", "sam", "smo", "ste", "da", "se", "ne", "za", "što", "kako", "ali", "ili", "vam", "vas",
                        "ću", "će", "biti", "hvala", "molim", "imamo", "možemo", "ovo", "koji", "žao", "mogu", "kupac",
                        "kupcu", "sve", "samo"));
        WORDS.put(
                "pl",
                Set.of(
                        "jest",
                        "się",
                        "nie",
                        "że",
                        "jak",
                        "ale",
                        "czy",
                        "dla",
                        "pan",
                        "pani",
                        "mogę",
                        "możemy",
                        "będzie",
                        "przepraszam",
                        "proszę",
                        "dziękuję",
                        "tak",
                        "już",
                        "co",
                        "ten",
                        "klient",
                        "jestem",
                        "bardzo",
                        "tylko",
                        "może"));
        WORDS.put(
                "sv",
                Set.of(
                        "och", "att", "det", "är", "jag", "vi", "du", "för", "inte", "som", "ett", "på", "med", "kan",
                        "har", "vill", "ska", "tack", "ursäkta", "den", "här", "om", "till", "kunden", "dig", "er",
                        "så", "men"));
    }

    private static final Map<String, String> LETTERS = Map.of(
            "hr", "čćđšž",
            "pl", "ąęłńśźżó",
            "sv", "åäö");

    private LanguageGuess() {}

    static @Nullable Locale of(String text) {
        int latin = 0;
        int cyrillic = 0;
        int thai = 0;
        int other = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            var script = Character.UnicodeScript.of(c);
            switch (script) {
                case LATIN -> latin++;
                case CYRILLIC -> cyrillic++;
                case THAI -> thai++;
                default -> other++;
            }
        }
        int letters = latin + cyrillic + thai + other;
        if (letters == 0) {
            return null;
        }
        if (thai * 3 >= letters) {
            return Locale.forLanguageTag("th");
        }
        if (cyrillic * 3 >= letters) {
            return Locale.forLanguageTag("ru");
        }
        if (latin * 3 < letters * 2) {
            return null;
        }
        var lower = text.toLowerCase(Locale.ROOT);
        var scores = new LinkedHashMap<String, Integer>();
        WORDS.keySet().forEach(l -> scores.put(l, 0));
        for (String word : lower.split("[^\\p{L}]+")) {
            WORDS.forEach((language, words) -> {
                if (words.contains(word)) {
                    scores.merge(language, 1, Integer::sum);
                }
            });
        }
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            LETTERS.forEach((language, chars) -> {
                if (chars.indexOf(c) >= 0) {
                    scores.merge(language, 1, Integer::sum);
                }
            });
        }
        // English first in the map: on a tie, and for a text with nothing telling, English.
        var best = "en";
        int most = 0;
        for (var entry : scores.entrySet()) {
            if (entry.getValue() > most) {
                best = entry.getKey();
                most = entry.getValue();
            }
        }
        return Locale.forLanguageTag(best);
    }
}
