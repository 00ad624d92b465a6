package org.orienta.observation;

/** Who observed, and where: it sets the evidence's weight (ADR 0039) and how HR filters it. */
public enum ObservationSource {
    /** A trainer or facilitator in a facilitated session, usually a live exercise. */
    SESSION,
    /** The person's manager, after a real customer conversation. */
    JOB,
    /** An external mystery shopper on a visit to a branch. */
    MYSTERY_SHOPPING;

    /**
     * The weight of one answered behaviour. Real work weighs most: a manager or a mystery shopper saw
     * the person with a real customer; a live exercise is practice in front of colleagues.
     */
    public double weight() {
        return this == SESSION ? 1.0 : 2.0;
    }

    /** The evidence origin its totals are kept under, for reports filtered by source (ADR 0046). */
    public org.orienta.progress.proficiency.EvidenceOrigin origin() {
        return switch (this) {
            case SESSION -> org.orienta.progress.proficiency.EvidenceOrigin.SESSION;
            case JOB -> org.orienta.progress.proficiency.EvidenceOrigin.JOB;
            case MYSTERY_SHOPPING -> org.orienta.progress.proficiency.EvidenceOrigin.MYSTERY_SHOPPING;
        };
    }
}
