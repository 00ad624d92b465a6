package org.orienta.progress.attempt;

import org.springframework.modulith.NamedInterface;

@NamedInterface("attempt")
public enum AttemptStatus {
    IN_PROGRESS,
    /** Submitted, but a trainer still has to score the free-text part. */
    AWAITING_REVIEW,
    COMPLETED
}
