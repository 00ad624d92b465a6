package org.orienta.exercise;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.base.LocalizedText;

/**
 * Open questions about the trainee's own experience. Nothing is right or wrong, so nothing is scored
 * automatically: an assessed answer goes to a trainer, who scores it against the rubric as for a
 * rewrite, unless the author says {@code review: false}, when the reflection is the trainee's alone.
 *
 * @param modelNotes shown once the answers are submitted, for the trainee to compare
 * @param review whether assessed answers go to the trainers' review queue (the default)
 * @param rubric what a trainer scores; required when {@code review} is true
 */
public record ReflectionExercise(
        ExerciseInfo info,
        List<Question> questions,
        @Nullable LocalizedText modelNotes,
        boolean review,
        List<RewriteExercise.Criterion> rubric)
        implements FreeTextExercise {

    /** Answers are kept like rewrite replies; longer ones are cut by the answer box. */
    public static final int MAX_LENGTH = 4000;

    public ReflectionExercise {
        info.requireType(ExerciseType.REFLECTION);
        questions = List.copyOf(questions);
        rubric = List.copyOf(rubric);
    }

    @Override
    public List<Item> items() {
        return questions.stream()
                .map(q -> new Item(q.id(), q.text(), q.guidance(), q.modelNote()))
                .toList();
    }

    @Override
    public boolean reviewed() {
        return review;
    }

    /**
     * @param guidance a hint shown under the question
     * @param minLength the fewest characters an answer needs; 0 for no minimum
     * @param modelNote one way of answering, shown after submission
     */
    public record Question(
            String id,
            LocalizedText text,
            @Nullable LocalizedText guidance,
            int minLength,
            @Nullable LocalizedText modelNote) {}
}
