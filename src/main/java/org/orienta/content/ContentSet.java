package org.orienta.content;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.competency.FrameworkDefinition;
import org.orienta.curriculum.ModuleDefinition;
import org.orienta.scenario.ScenarioDefinition;

/** The items of a content folder, read and checked. */
public record ContentSet(@Nullable FrameworkDefinition framework, List<ScenarioDefinition> scenarios,
        List<ModuleDefinition> modules) {

    public ContentSet {
        scenarios = List.copyOf(scenarios);
        modules = List.copyOf(modules);
    }

    public int itemCount() {
        return scenarios.size() + modules.size();
    }
}
