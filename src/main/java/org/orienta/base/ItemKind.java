package org.orienta.base;

import java.util.Locale;

/** The kinds of learning items a training module strings together. */
public enum ItemKind {
    SCENARIO,
    EXERCISE,
    QUIZ;

    /** The word used in content files and URLs: scenario, exercise, quiz. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
