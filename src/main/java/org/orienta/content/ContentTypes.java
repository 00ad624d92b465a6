package org.orienta.content;

import java.util.List;
import org.orienta.activity.ActivityYaml;
import org.orienta.catalogue.ContentType;
import org.orienta.checklist.ChecklistYaml;
import org.orienta.curriculum.ModuleYaml;
import org.orienta.exercise.ExerciseYaml;
import org.orienta.quiz.QuizYaml;
import org.orienta.scenario.ScenarioYaml;

/**
 * The kinds of content that come with Orienta, for code that reads content without a Spring context (the
 * validate and audit commands, benchmarks, static tests). A running server reads with the registered
 * {@link ContentType} beans instead, so a kind added as a bean needs no entry here to be imported.
 */
public final class ContentTypes {

    private ContentTypes() {}

    public static List<ContentType<?>> builtIn() {
        return List.of(
                ScenarioYaml.contentType(),
                ExerciseYaml.contentType(),
                QuizYaml.contentType(),
                ModuleYaml.contentType(),
                ChecklistYaml.contentType(),
                ActivityYaml.contentType());
    }
}
