package org.orienta.progress.assignment;

/** Where a trainee stands with one item; only assessed attempts complete it. */
public enum ItemStatus {
    NOT_STARTED,
    IN_PROGRESS,
    AWAITING_REVIEW,
    COMPLETED
}
