package org.orienta.reporting;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.people.PersonId;

/** One person's levels and targets across the competencies, in framework order. */
public record PersonLevels(
        PersonId id, String name, @Nullable String jobRole, List<@Nullable Integer> levels, List<Integer> targets) {

    public PersonLevels {
        levels = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(levels));
        targets = List.copyOf(targets);
    }
}
