package org.orienta.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.orienta.competency.FrameworkDefinition;
import org.orienta.curriculum.ModuleDefinition;
import org.orienta.exercise.ExerciseDefinition;
import org.orienta.quiz.QuizDefinition;
import org.orienta.scenario.ScenarioDefinition;

/**
 * The items of a content folder, read and checked.
 *
 * @param byKind the definitions read, by the kind of their content type, in the order an import publishes
 *     them (items that others refer to first)
 */
public record ContentSet(@Nullable FrameworkDefinition framework, Map<String, List<Object>> byKind) {

    public ContentSet {
        var copy = new LinkedHashMap<String, List<Object>>();
        byKind.forEach((kind, items) -> copy.put(kind, List.copyOf(items)));
        byKind = java.util.Collections.unmodifiableMap(copy);
    }

    /** The definitions of one type, whatever kind they were read as. */
    public <D> List<D> of(Class<D> definitionType) {
        return byKind.values().stream()
                .flatMap(List::stream)
                .filter(definitionType::isInstance)
                .map(definitionType::cast)
                .toList();
    }

    public List<ScenarioDefinition> scenarios() {
        return of(ScenarioDefinition.class);
    }

    public List<ExerciseDefinition> exercises() {
        return of(ExerciseDefinition.class);
    }

    public List<QuizDefinition> quizzes() {
        return of(QuizDefinition.class);
    }

    public List<ModuleDefinition> modules() {
        return of(ModuleDefinition.class);
    }

    /** Every item, modules last, in the order an import publishes them. */
    public List<Object> items() {
        var items = new ArrayList<Object>(itemCount());
        byKind.values().forEach(items::addAll);
        return items;
    }

    public int itemCount() {
        return byKind.values().stream().mapToInt(List::size).sum();
    }
}
