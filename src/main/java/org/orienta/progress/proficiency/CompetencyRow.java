package org.orienta.progress.proficiency;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.competency.CompetencyDefinition;
import org.springframework.modulith.NamedInterface;

/** One competency of a profile: the estimate, the target, the gap and the monthly trend. */
@NamedInterface("proficiency")
public record CompetencyRow(CompetencyDefinition competency, Estimate estimate, int target, List<TrendPoint> trend) {

    public CompetencyRow {
        trend = List.copyOf(trend);
    }

    /** Target minus current level; null while there is not enough evidence for a level. */
    public @Nullable Integer gap() {
        return estimate.level() == null ? null : target - estimate.level();
    }
}
