package org.orienta.exercise;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.orienta.base.FieldProblem;
import org.orienta.competency.CompetencyCode;
import org.orienta.competency.Evidence;
import org.orienta.exercise.CalculateExercise.Part;
import org.orienta.exercise.ClassifyExercise.Category;
import org.orienta.exercise.ClassifyExercise.Item;

/**
 * The rules an exercise must follow beyond its file's structure, shared by the file importer and the
 * editor. Each problem names the path of what is wrong ("items/greeting/answer"), which the importer
 * turns into a line and column and the editor into the field to highlight.
 */
public final class ExerciseRules {

    /** Sorting, ordering or matching fewer than two things asks nothing. */
    static final int MIN_CHOICES = 2;

    private ExerciseRules() {}

    public static List<FieldProblem> check(ExerciseDefinition exercise, Set<CompetencyCode> knownCompetencies) {
        var problems = new ArrayList<FieldProblem>();
        switch (exercise) {
            case ClassifyExercise c -> {
                checkList("categories", c.categories(), Category::id, MIN_CHOICES, problems);
                checkList("items", c.items(), Item::id, MIN_CHOICES, problems);
                var categories = c.categories().stream().map(Category::id).collect(Collectors.toSet());
                for (Item item : c.items()) {
                    if (!categories.contains(item.answer())) {
                        problems.add(FieldProblem.of(
                                "items/" + item.id() + "/answer", "exercise.unknownCategory", item.answer()));
                    }
                }
            }
            case CalculateExercise c -> {
                checkList("parts", c.parts(), Part::id, 1, problems);
                for (Part part : c.parts()) {
                    if (part.tolerance().signum() < 0) {
                        problems.add(FieldProblem.of(
                                "parts/" + part.id() + "/tolerance",
                                "exercise.negativeTolerance",
                                part.tolerance().toPlainString()));
                    }
                }
            }
            case OrderExercise o -> checkList("steps", o.steps(), OrderExercise.Step::id, MIN_CHOICES, problems);
            case MatchExercise m -> checkList("pairs", m.pairs(), MatchExercise.Pair::id, MIN_CHOICES, problems);
            case RewriteExercise r -> {
                checkList("prompts", r.prompts(), RewriteExercise.Prompt::id, 1, problems);
                checkList("rubric", r.rubric(), RewriteExercise.Criterion::id, 1, problems);
            }
            case ReflectionExercise r -> {
                checkList("questions", r.questions(), ReflectionExercise.Question::id, 1, problems);
                if (r.review() && r.rubric().isEmpty()) {
                    // Without a rubric a trainer would have nothing to score the answers against.
                    problems.add(FieldProblem.of("rubric", "exercise.reflection.rubricRequired"));
                } else {
                    checkList("rubric", r.rubric(), RewriteExercise.Criterion::id, 0, problems);
                }
            }
        }
        for (Evidence evidence : exercise.evidence()) {
            if (!knownCompetencies.contains(evidence.competency())) {
                problems.add(FieldProblem.of(
                        "evidence",
                        "evidence.unknownCompetency",
                        evidence.competency().value()));
            }
        }
        return problems;
    }

    private static <T> void checkList(
            String name, List<T> elements, Function<T, String> id, int minimum, List<FieldProblem> problems) {
        if (elements.size() < minimum) {
            problems.add(FieldProblem.of(name, "exercise.tooFewItems", name, minimum));
        }
        var seen = new HashSet<String>();
        for (T element : elements) {
            if (!seen.add(id.apply(element))) {
                problems.add(FieldProblem.of(
                        name + "/" + id.apply(element), "exercise.duplicateId", id.apply(element), name));
            }
        }
    }
}
