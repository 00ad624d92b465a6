package org.orienta.exercise;

import java.util.List;
import org.orienta.base.LocalizedText;

/** Match each left-hand text with its right-hand text; the player shuffles the right-hand side. */
public record MatchExercise(ExerciseInfo info, List<Pair> pairs) implements ExerciseDefinition {

    public MatchExercise {
        info.requireType(ExerciseType.MATCH);
        pairs = List.copyOf(pairs);
    }

    public record Pair(String id, LocalizedText left, LocalizedText right) {}
}
