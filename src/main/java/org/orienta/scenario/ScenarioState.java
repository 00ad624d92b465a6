package org.orienta.scenario;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a conversation stands emotionally: the customer's mood (1 furious … 5 delighted), the
 * scenario's own counters and the hidden values drawn for this attempt ("dislike" = "noise").
 * Immutable; effects give a new state, and never change a drawn value.
 */
public record ScenarioState(int mood, Map<String, Integer> counters, Map<String, String> drawn) {

    public static final String MOOD = "mood";
    public static final int MIN_MOOD = 1;
    public static final int MAX_MOOD = 5;
    public static final int DEFAULT_MOOD = 3;

    public ScenarioState {
        if (mood < MIN_MOOD || mood > MAX_MOOD) {
            throw new IllegalArgumentException("mood is between 1 and 5, not " + mood);
        }
        counters = Collections.unmodifiableMap(new TreeMap<>(counters));
        drawn = Collections.unmodifiableMap(new TreeMap<>(drawn));
    }

    public ScenarioState(int mood, Map<String, Integer> counters) {
        this(mood, counters, Map.of());
    }

    public int value(String name) {
        if (MOOD.equals(name)) {
            return mood;
        }
        var value = counters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no counter " + name);
        }
        return value;
    }

    /** The value drawn for this name in this attempt. */
    public String drawn(String name) {
        var value = drawn.get(name);
        if (value == null) {
            throw new IllegalArgumentException("nothing drawn for " + name);
        }
        return value;
    }

    public boolean knows(String name) {
        return MOOD.equals(name) || counters.containsKey(name);
    }

    /** Applies effects such as {mood: -1, good: +1}; the mood stays within 1..5. */
    public ScenarioState apply(Map<String, Integer> effects) {
        int newMood = mood;
        var newCounters = new TreeMap<>(counters);
        for (var effect : effects.entrySet()) {
            if (MOOD.equals(effect.getKey())) {
                newMood = Math.clamp((long) newMood + effect.getValue(), MIN_MOOD, MAX_MOOD);
            } else {
                newCounters.merge(effect.getKey(), effect.getValue(), Integer::sum);
            }
        }
        return new ScenarioState(newMood, newCounters, drawn);
    }

    public ScenarioState withMood(int newMood) {
        return new ScenarioState(newMood, counters, drawn);
    }

    public ScenarioState withDrawn(Map<String, String> values) {
        return new ScenarioState(mood, counters, values);
    }
}
