package org.orienta.progress;

public enum AttemptStatus {
    IN_PROGRESS,
    /** Submitted, but a trainer still has to score the free-text part. */
    AWAITING_REVIEW,
    COMPLETED
}
