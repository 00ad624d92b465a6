package org.orienta.checklist;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.orienta.base.LocalizedText;

/** An observation checklist as authored: one version of it. Immutable. */
public record ChecklistDefinition(
        String id,
        LocalizedText title,
        @Nullable LocalizedText description,
        ChecklistContext context,
        List<Behaviour> behaviours,
        List<String> sources) {

    public ChecklistDefinition {
        behaviours = List.copyOf(behaviours);
        sources = List.copyOf(sources);
    }

    public Optional<Behaviour> behaviour(String behaviourId) {
        return behaviours.stream().filter(b -> b.id().equals(behaviourId)).findFirst();
    }
}
