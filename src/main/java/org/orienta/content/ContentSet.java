package org.orienta.content;

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

    public int itemCount() {
        return scenarios.size() + exercises.size() + quizzes.size() + modules.size();
    }
}
