package org.orienta.exercise;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The kinds of exercise; each has its own answer shape and scoring. */
public enum ExerciseType {
    CLASSIFY,
    CALCULATE,
    ORDER,
    MATCH,
    REWRITE,
    REFLECTION;

    /** The word used in content files: classify, calculate, … */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<String> words() {
        return Arrays.stream(values()).map(ExerciseType::word).toList();
    }
}
