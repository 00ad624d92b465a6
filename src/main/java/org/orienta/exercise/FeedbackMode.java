package org.orienta.exercise;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** When the trainee sees whether an answer was right: right after it, or all together at the end. */
public enum FeedbackMode {
    IMMEDIATE,
    END;

    /** The word used in content files: immediate or end. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<String> words() {
        return Arrays.stream(values()).map(FeedbackMode::word).toList();
    }
}
