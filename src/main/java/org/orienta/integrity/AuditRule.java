package org.orienta.integrity;

/** What a warning of the audit is about; each rule is documented in docs/authoring.md. */
public enum AuditRule {
    LENGTH_CUE,
    LENGTH_OUTLIER,
    POSITION_CUE,
    THIN_CHOICES,
    LINEAR_GRAPH,
    SOURCE_CITATION
}
