package org.orienta.quiz;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** When a trainee sees whether an answer was right: after each question, or in a review at the end. */
public enum QuizFeedback {
    IMMEDIATE,
    END;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<String> words() {
        return Arrays.stream(values()).map(QuizFeedback::word).toList();
    }
}
