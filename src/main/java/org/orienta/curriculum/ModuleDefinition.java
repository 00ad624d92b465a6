package org.orienta.curriculum;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.base.ItemRef;
import org.orienta.base.LocalizedText;
import org.orienta.competency.CompetencyCode;

/** A training module as authored: one version of it. Immutable. */
public record ModuleDefinition(
        String id,
        LocalizedText title,
        @Nullable LocalizedText description,
        List<CompetencyCode> competencies,
        List<String> jobRoles,
        List<ItemRef> items) {

    public ModuleDefinition {
        competencies = List.copyOf(competencies);
        jobRoles = List.copyOf(jobRoles);
        items = List.copyOf(items);
    }
}
