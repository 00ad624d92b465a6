package org.orienta.exercise;

import java.util.List;
import org.orienta.base.LocalizedText;
import org.orienta.competency.Evidence;

/**
 * What every exercise has, whatever its type.
 *
 * @param evidence the level a fully correct answer demonstrates
 * @param attempts the most attempts a trainee may make; 0 means unlimited
 */
public record ExerciseInfo(
        String id,
        ExerciseType type,
        LocalizedText title,
        LocalizedText instructions,
        int minutes,
        List<Evidence> evidence,
        List<String> tags,
        List<String> sources,
        int attempts,
        FeedbackMode feedback) {

    public static final int UNLIMITED = 0;

    public ExerciseInfo {
        evidence = List.copyOf(evidence);
        tags = List.copyOf(tags);
        sources = List.copyOf(sources);
    }

    /** An order exercise with the info of a classify exercise would score one way and list as another. */
    void requireType(ExerciseType expected) {
        if (type != expected) {
            throw new IllegalArgumentException(
                    "a " + expected.word() + " exercise cannot have the type " + type.word());
        }
    }
}
