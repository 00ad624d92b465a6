package org.orienta.integrity;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.base.ItemKind;

/**
 * The audit of one role-play or quiz: its warnings, and the numbers of the audit's table.
 *
 * @param choices the decisions of a role-play, or the single-choice questions of a quiz
 * @param threeOptions how many of those offer at least three options
 * @param strategies what naive strategies reach; null when they were not played (warnings only)
 */
public record ItemAudit(
        String file,
        ItemKind kind,
        String id,
        int choices,
        int threeOptions,
        @Nullable NaiveStrategies strategies,
        List<AuditWarning> warnings) {

    public ItemAudit {
        warnings = warnings.stream().sorted().toList();
    }
}
