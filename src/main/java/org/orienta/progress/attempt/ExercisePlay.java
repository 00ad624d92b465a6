package org.orienta.progress.attempt;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.exercise.ExerciseAnswer;
import org.orienta.exercise.ExerciseDefinition;
import org.orienta.exercise.ExerciseResult;
import org.springframework.modulith.NamedInterface;

/**
 * An exercise attempt as the player shows it: the exercise, and once submitted the answer, the result
 * and, for a rewrite, the criteria the trainee ticked when checking their own text.
 */
@NamedInterface("attempt")
public record ExercisePlay(
        AttemptId id,
        AttemptMode mode,
        AttemptStatus status,
        int version,
        ExerciseDefinition exercise,
        @Nullable ExerciseAnswer answer,
        @Nullable ExerciseResult result,
        List<String> selfCheck,
        @Nullable Review review) {

    public ExercisePlay {
        selfCheck = List.copyOf(selfCheck);
    }

    public boolean submitted() {
        return answer != null;
    }
}
