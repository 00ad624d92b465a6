package org.orienta.progress.assignment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

@NamedInterface("assignment")
public enum ModuleStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED,
    OVERDUE;

    /**
     * The one rule for a module's status, on My training, in assignments and in reports: completed when
     * every item is completed (an assessed attempt finished), overdue when not completed by the due date,
     * in progress once anything was started.
     */
    public static ModuleStatus of(int items, int completed, boolean started, @Nullable LocalDate due, LocalDate today) {
        if (items > 0 && completed == items) {
            return COMPLETED;
        }
        if (due != null && due.isBefore(today)) {
            return OVERDUE;
        }
        return started ? IN_PROGRESS : NOT_STARTED;
    }
}
