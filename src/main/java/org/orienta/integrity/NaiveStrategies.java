package org.orienta.integrity;

import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** What a trainee without the competence reaches by clicking a simple rule instead of thinking. */
public sealed interface NaiveStrategies {

    /**
     * Endings (outcome words: wow, standard, low …) reached in a role-play; null when a strategy ran into
     * a dead end (no option offered, a loop), which the validator's graph rules normally rule out.
     *
     * @param random how often each outcome was reached in {@code runs} runs of random clicking
     */
    record RolePlay(@Nullable String longest, @Nullable String first, Map<String, Integer> random, int runs)
            implements NaiveStrategies {

        public RolePlay {
            random = java.util.Collections.unmodifiableMap(new TreeMap<>(random));
        }

        public double randomShare(String outcome) {
            return runs == 0 ? 0 : (double) random.getOrDefault(outcome, 0) / runs;
        }
    }

    /**
     * Single-choice questions a quiz's pool holds, how many of them always picking the longest (or the
     * first authored) option answers right, and the share random picking answers right on average.
     */
    record Quiz(int questions, int longestRight, int firstRight, double randomRight) implements NaiveStrategies {}
}
