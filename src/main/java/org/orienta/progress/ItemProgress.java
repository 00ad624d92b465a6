package org.orienta.progress;

import org.jspecify.annotations.Nullable;

/** A trainee's standing with one item: status, the attempt to continue, and the best and latest results. */
public record ItemProgress(
        ItemInfo item,
        ItemStatus status,
        @Nullable AttemptId unfinished,
        @Nullable ResultSummary best,
        @Nullable ResultSummary latest,
        int attempts) {}
