package org.orienta.progress;

public enum ModuleStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED,
    OVERDUE
}
