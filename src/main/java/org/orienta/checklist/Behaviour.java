package org.orienta.checklist;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.base.LocalizedText;
import org.orienta.competency.Evidence;

/**
 * One observable behaviour: what the observer looks for, an optional hint on how to judge it, and the
 * competencies and levels it shows when done.
 */
public record Behaviour(
        String id, LocalizedText text, @Nullable LocalizedText hint, List<Evidence> evidence) {

    public Behaviour {
        evidence = List.copyOf(evidence);
    }
}
