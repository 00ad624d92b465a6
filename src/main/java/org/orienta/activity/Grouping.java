package org.orienta.activity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How the facilitator splits the participants: into pairs, or into a number of teams. */
public enum Grouping {
    PAIRS,
    TEAMS;

    /** The word in files: pairs, teams. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(Grouping::word).toList();
    }
}
