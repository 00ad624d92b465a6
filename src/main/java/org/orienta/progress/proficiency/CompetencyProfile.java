package org.orienta.progress.proficiency;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.people.PersonId;
import org.springframework.modulith.NamedInterface;

/** A person's competency profile against their job role's targets. */
@NamedInterface("proficiency")
public record CompetencyProfile(
        PersonId person, @Nullable String jobRole, boolean defaultTargets, List<CompetencyRow> rows) {

    public CompetencyProfile {
        rows = List.copyOf(rows);
    }
}
