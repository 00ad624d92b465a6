package org.orienta.exercise;

import java.util.List;
import org.orienta.base.LocalizedText;

/**
 * Rewrite cold replies. Free text cannot be scored automatically: a trainer scores it against the
 * rubric, and the trainee self-checks against the rubric and the model answers meanwhile.
 */
public record RewriteExercise(ExerciseInfo info, List<Prompt> prompts, List<Criterion> rubric)
        implements FreeTextExercise {

    public RewriteExercise {
        info.requireType(ExerciseType.REWRITE);
        prompts = List.copyOf(prompts);
        rubric = List.copyOf(rubric);
    }

    @Override
    public List<Item> items() {
        return prompts.stream()
                .map(p -> new Item(p.id(), p.text(), null, p.modelAnswer()))
                .toList();
    }

    @Override
    public boolean reviewed() {
        return true;
    }

    /** @param text the cold reply to rewrite */
    public record Prompt(String id, LocalizedText text, LocalizedText modelAnswer) {}

    public record Criterion(String id, LocalizedText criterion, LocalizedText description) {}
}
