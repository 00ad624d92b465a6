package org.orienta.exercise;

import java.util.List;
import org.orienta.base.LocalizedText;
import org.orienta.competency.Evidence;

/** A published exercise as a catalogue lists it. */
public record ExerciseSummary(
        String key, int version, ExerciseType type, LocalizedText title, int minutes, List<Evidence> evidence) {

    public ExerciseSummary {
        evidence = List.copyOf(evidence);
    }
}
