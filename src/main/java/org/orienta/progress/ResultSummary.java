package org.orienta.progress;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One finished attempt's result: score 0..1, pass or fail for quizzes, the ending for scenarios. */
public record ResultSummary(
        AttemptId attempt,
        AttemptMode mode,
        double score,
        @Nullable Boolean passed,
        @Nullable String outcome,
        Instant at) {}
