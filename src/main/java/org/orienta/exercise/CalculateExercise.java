package org.orienta.exercise;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.base.LocalizedText;

/**
 * Work out one number per part.
 *
 * @param convention what makes the answers unique (e.g. how to round), shown with the instructions
 */
public record CalculateExercise(ExerciseInfo info, @Nullable LocalizedText convention, List<Part> parts)
        implements ExerciseDefinition {

    public CalculateExercise {
        info.requireType(ExerciseType.CALCULATE);
        parts = List.copyOf(parts);
    }

    /**
     * @param tolerance the accepted absolute difference from the answer; 0 means exact
     * @param solution the worked solution (Markdown)
     */
    public record Part(
            String id,
            LocalizedText question,
            BigDecimal answer,
            BigDecimal tolerance,
            @Nullable LocalizedText unit,
            LocalizedText solution) {

        public Part {
            answer = canonical(answer);
            tolerance = canonical(tolerance);
        }

        /** 12.50 and 12.5 are the same answer; keeping one form makes equal definitions equal. */
        private static BigDecimal canonical(BigDecimal number) {
            var stripped = number.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
    }
}
