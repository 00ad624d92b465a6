package org.orienta.audit;

public enum AuditOutcome {
    SUCCESS,
    FAILURE
}
