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
}
