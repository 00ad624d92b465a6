package org.orienta.observation;

/** Where a single-use visit link stands: only an open one records a visit. */
public enum VisitLinkState {
    OPEN,
    USED,
    REVOKED,
    EXPIRED
}
