package org.orienta.ownwords;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The level review assistance suggests for one rubric criterion, or why it suggests none. A suggestion
 * is a hint for the trainer, who always decides.
 *
 * @param level the suggested level (1-4); 0 without a suggestion
 * @param confidence how clearly the closest answers agree on the level, 0..1; 0 without a suggestion
 * @param closeAnswers how many reviewed answers close to this one were given the suggested level
 * @param closeToModel whether the model answer is close to this one and stands for the suggested level
 * @param language the language the answer seemed to be in, when that is why there is no suggestion
 */
public record LevelSuggestion(
        Basis basis,
        int level,
        double confidence,
        int closeAnswers,
        boolean closeToModel,
        @Nullable Locale language) {

    /** Whether there is a suggestion, and if not, why. */
    public enum Basis {
        SUGGESTED,
        /** No model answer and too few reviewed answers at levels to compare with. */
        TOO_LITTLE_BASIS,
        /** Neither the model answer nor any reviewed answer is close to this one. */
        NOTHING_CLOSE,
        /** The answer is in a language no available model covers. */
        LANGUAGE_NOT_COVERED,
        /** The model or the embeddings endpoint could not be used just now. */
        UNAVAILABLE
    }

    public static LevelSuggestion none(Basis basis) {
        return new LevelSuggestion(basis, 0, 0, 0, false, null);
    }

    public boolean suggested() {
        return basis == Basis.SUGGESTED;
    }
}
