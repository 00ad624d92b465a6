package org.orienta.progress.attempt;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.competency.Evidence;
import org.orienta.exercise.ExerciseService;
import org.orienta.quiz.QuizService;
import org.orienta.scenario.ScenarioService;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/** The published learning items of every kind, looked up by reference (titles, minutes, competencies). */
@Component
@NamedInterface("attempt")
public class ItemCatalogue {

    private final ScenarioService scenarios;
    private final ExerciseService exercises;
    private final QuizService quizzes;

    ItemCatalogue(ScenarioService scenarios, ExerciseService exercises, QuizService quizzes) {
        this.scenarios = scenarios;
        this.exercises = exercises;
        this.quizzes = quizzes;
    }

    public Map<ItemRef, ItemInfo> published() {
        var items = new LinkedHashMap<ItemRef, ItemInfo>();
        for (var s : scenarios.publishedScenarios()) {
            var ref = new ItemRef(ItemKind.SCENARIO, s.key());
            items.put(ref, new ItemInfo(ref, s.version(), s.title(), s.summary(), s.minutes(), s.competencies()));
        }
        for (var e : exercises.publishedExercises()) {
            var ref = new ItemRef(ItemKind.EXERCISE, e.key());
            var instructions = exercises.version(e.key(), e.version()).info().instructions();
            items.put(
                    ref,
                    new ItemInfo(
                            ref,
                            e.version(),
                            e.title(),
                            instructions,
                            e.minutes(),
                            e.evidence().stream().map(Evidence::competency).collect(Collectors.toSet())));
        }
        for (var q : quizzes.publishedQuizzes()) {
            var ref = new ItemRef(ItemKind.QUIZ, q.key());
            items.put(
                    ref,
                    new ItemInfo(
                            ref,
                            q.version(),
                            q.title(),
                            q.description() == null ? q.title() : q.description(),
                            q.minutes(),
                            q.competencies()));
        }
        return items;
    }

    public Optional<ItemInfo> find(ItemRef ref) {
        return Optional.ofNullable(published().get(ref));
    }
}
