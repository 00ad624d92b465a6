package org.orienta.content;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.competency.FrameworkDefinition;
import org.orienta.curriculum.ModuleDefinition;
import org.orienta.exercise.ExerciseDefinition;
import org.orienta.scenario.ScenarioDefinition;

/** The items of a content folder, read and checked. */
public record ContentSet(@Nullable FrameworkDefinition framework, List<ScenarioDefinition> scenarios,
        List<ExerciseDefinition> exercises, List<ModuleDefinition> modules) {

    public ContentSet {
        scenarios = List.copyOf(scenarios);
        exercises = List.copyOf(exercises);
        modules = List.copyOf(modules);
    }

    public int itemCount() {
        return scenarios.size() + exercises.size() + modules.size();
    }
}
