package org.orienta.progress.proficiency;

import org.springframework.modulith.NamedInterface;

/**
 * Where a piece of evidence comes from: training (attempts and trainers' reviews, kept in
 * {@code competency_evidence}) or one of the observation sources (ADR 0039). Reports filter by it; the
 * totals of each observation source are kept beside the overall ones (ADR 0046).
 */
@NamedInterface("proficiency")
public enum EvidenceOrigin {
    /** Role-play decisions, exercises, quiz answers and trainers' reviews of them. */
    TRAINING,
    /** Observed by a trainer in a facilitated session. */
    SESSION,
    /** Observed on the job by the person's manager. */
    JOB,
    /** Observed on the job by an external mystery shopper. */
    MYSTERY_SHOPPING;

    public boolean observed() {
        return this != TRAINING;
    }
}
