package org.orienta.competency;

import java.util.Map;
import java.util.TreeMap;

/**
 * The level a job role should reach in each competency. Competencies without a target of their own
 * use {@link #DEFAULT_TARGET}, Professional: what a trained front-line employee is expected to show.
 */
public record TargetProfile(Map<CompetencyCode, Integer> levels, boolean defaulted) {

    public static final int DEFAULT_TARGET = 3;

    public TargetProfile {
        levels = java.util.Collections.unmodifiableMap(new TreeMap<>(levels));
    }

    public int target(CompetencyCode code) {
        return levels.getOrDefault(code, DEFAULT_TARGET);
    }
}
