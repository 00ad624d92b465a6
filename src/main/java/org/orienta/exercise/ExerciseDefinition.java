package org.orienta.exercise;

import java.util.List;
import org.orienta.base.LocalizedText;
import org.orienta.competency.Evidence;

/** An exercise as authored: one version of it. Immutable; the variants hold what their type needs. */
public sealed interface ExerciseDefinition
        permits ClassifyExercise, CalculateExercise, OrderExercise, MatchExercise, FreeTextExercise {

    ExerciseInfo info();

    default String id() {
        return info().id();
    }

    default ExerciseType type() {
        return info().type();
    }

    default LocalizedText title() {
        return info().title();
    }

    default int minutes() {
        return info().minutes();
    }

    default List<Evidence> evidence() {
        return info().evidence();
    }
}
