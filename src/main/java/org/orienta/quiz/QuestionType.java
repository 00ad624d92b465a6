package org.orienta.quiz;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

public enum QuestionType {
    SINGLE,
    MULTIPLE,
    TRUE_FALSE,
    NUMERIC,
    MATCHING,
    ORDERING,
    SHORT_ANSWER;

    /** The word in quiz files: single, true_false, short_answer … */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<String> words() {
        return Arrays.stream(values()).map(QuestionType::word).toList();
    }
}
