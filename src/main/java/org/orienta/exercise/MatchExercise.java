package org.orienta.exercise;

import java.util.List;
import org.orienta.base.LocalizedText;

/** Match each left-hand text with its right-hand text; the player shuffles the right-hand side. */
public record MatchExercise(ExerciseInfo info, List<Pair> pairs) implements ExerciseDefinition {

    public MatchExercise {
        pairs = List.copyOf(pairs);
    }

    @Override
    public List<String> answerIds() {
        return pairs.stream().map(Pair::id).toList();
    }

    public record Pair(String id, LocalizedText left, LocalizedText right) {}
}
