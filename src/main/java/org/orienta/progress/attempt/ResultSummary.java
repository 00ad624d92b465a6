package org.orienta.progress.attempt;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One finished attempt's result: score 0..1 (none for a practice rewrite, which no trainer scores),
 * pass or fail for quizzes, the ending for scenarios.
 */
public record ResultSummary(
        AttemptId attempt,
        AttemptMode mode,
        @Nullable Double score,
        @Nullable Boolean passed,
        @Nullable String outcome,
        Instant at) {}
