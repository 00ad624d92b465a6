package org.orienta.authoring;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.quiz.Gift;

/** A GIFT file turned into a quiz draft, or the line-numbered problems that stopped it; skips are reported. */
public record GiftImport(
        @Nullable Draft draft, int questions, List<Gift.Problem> problems, List<Gift.Problem> skipped) {

    public GiftImport {
        problems = List.copyOf(problems);
        skipped = List.copyOf(skipped);
    }
}
