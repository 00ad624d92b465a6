package org.orienta.progress;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.people.PersonId;

/** A person's competency profile against their job role's targets. */
public record CompetencyProfile(
        PersonId person, @Nullable String jobRole, boolean defaultTargets, List<CompetencyRow> rows) {

    public CompetencyProfile {
        rows = List.copyOf(rows);
    }
}
