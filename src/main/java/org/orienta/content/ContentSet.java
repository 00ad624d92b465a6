package org.orienta.content;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.competency.FrameworkDefinition;
import org.orienta.curriculum.ModuleDefinition;
import org.orienta.exercise.ExerciseDefinition;
import org.orienta.quiz.QuizDefinition;
import org.orienta.scenario.ScenarioDefinition;

/** The items of a content folder, read and checked. */
public record ContentSet(
        @Nullable FrameworkDefinition framework,
        List<ScenarioDefinition> scenarios,
        List<ExerciseDefinition> exercises,
        List<QuizDefinition> quizzes,
        List<ModuleDefinition> modules) {

    public ContentSet {
        scenarios = List.copyOf(scenarios);
        exercises = List.copyOf(exercises);
        quizzes = List.copyOf(quizzes);
        modules = List.copyOf(modules);
    }

    /** Every item, modules last, in the order an import publishes them. */
    public List<Object> items() {
        var items = new ArrayList<Object>(itemCount());
        items.addAll(scenarios);
        items.addAll(exercises);
        items.addAll(quizzes);
        items.addAll(modules);
        return items;
    }

    public int itemCount() {
        return scenarios.size() + exercises.size() + quizzes.size() + modules.size();
    }
}
