package org.orienta.progress.assignment;

import org.jspecify.annotations.Nullable;
import org.orienta.progress.attempt.AttemptId;
import org.orienta.progress.attempt.ItemInfo;
import org.orienta.progress.attempt.ResultSummary;

/** A trainee's standing with one item: status, the attempt to continue, and the best and latest results. */
public record ItemProgress(
        ItemInfo item,
        ItemStatus status,
        @Nullable AttemptId unfinished,
        @Nullable ResultSummary best,
        @Nullable ResultSummary latest,
        int attempts) {}
