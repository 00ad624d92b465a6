package org.orienta.progress.attempt;

import java.time.Instant;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/** What a trainer gave a free-text answer: a level (1–4) per rubric criterion and a comment. */
@NamedInterface("attempt")
public record Review(Map<String, Integer> levels, String comment, String reviewer, Instant at) {

    /** The one "criterion" of a trainer's override of an automatic score; its comment is the reason. */
    public static final String OVERRIDE = "override";

    public boolean overridesAutomaticScore() {
        return levels.containsKey(OVERRIDE);
    }

    public Review {
        levels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(levels));
    }

    /** The mean level over the criteria, 1–4. */
    public double meanLevel() {
        return levels.values().stream().mapToInt(Integer::intValue).average().orElse(0);
    }
}
