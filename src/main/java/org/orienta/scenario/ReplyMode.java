package org.orienta.scenario;

import java.util.Locale;

/**
 * How a trainee answers at a decision: by choosing one of the written options, or by typing what they
 * would say, which Orienta matches to the closest option (docs/decisions/0042).
 */
public enum ReplyMode {
    CHOOSE,
    OWN_WORDS;

    /** The word in the file: {@code choose} or {@code own-words}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static ReplyMode ofWord(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
