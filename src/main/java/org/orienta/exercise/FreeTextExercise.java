package org.orienta.exercise;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.base.LocalizedText;

/**
 * An exercise answered in free text, which a trainer scores against its rubric: rewrites and
 * reflections share the review queue, the review form and the way a review becomes evidence.
 */
public sealed interface FreeTextExercise extends ExerciseDefinition permits RewriteExercise, ReflectionExercise {

    List<RewriteExercise.Criterion> rubric();

    /** What the trainer sees above each of the trainee's answers, in the exercise's order. */
    List<Item> items();

    /** Whether an assessed answer goes to a trainer's review queue; a practice run never does. */
    boolean reviewed();

    /**
     * The level the author's model answers stand for when review suggestions compare an answer with
     * them: the highest level the exercise claims as evidence, Professional when it claims none
     * (docs/decisions/0045).
     */
    default int modelLevel() {
        return evidence().stream()
                .mapToInt(org.orienta.competency.Evidence::level)
                .max()
                .orElse(3);
    }

    /**
     * @param text the cold reply of a rewrite, or the question of a reflection
     * @param model the model answer or note, if the author gave one
     */
    record Item(
            String id,
            LocalizedText text,
            @Nullable LocalizedText guidance,
            @Nullable LocalizedText model) {}
}
