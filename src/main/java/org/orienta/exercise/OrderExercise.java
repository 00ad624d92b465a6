package org.orienta.exercise;

import java.util.List;
import org.orienta.base.LocalizedText;

/** Put the steps in order; they are authored in the correct order and shuffled by the player. */
public record OrderExercise(ExerciseInfo info, List<Step> steps) implements ExerciseDefinition {

    public OrderExercise {
        steps = List.copyOf(steps);
    }

    @Override
    public List<String> answerIds() {
        return steps.stream().map(Step::id).toList();
    }

    public record Step(String id, LocalizedText text) {}
}
