package org.orienta.exercise;

import java.util.List;
import org.orienta.base.LocalizedText;

/** Put the steps in order; they are authored in the correct order and shuffled by the player. */
public record OrderExercise(ExerciseInfo info, List<Step> steps) implements ExerciseDefinition {

    public OrderExercise {
        info.requireType(ExerciseType.ORDER);
        steps = List.copyOf(steps);
    }

    public record Step(String id, LocalizedText text) {}
}
