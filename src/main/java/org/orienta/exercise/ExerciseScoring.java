package org.orienta.exercise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.orienta.base.FieldProblem;
import org.orienta.base.InvalidInputException;
import org.orienta.competency.Evidence;
import org.orienta.exercise.ExerciseAnswer.CalculateAnswer;
import org.orienta.exercise.ExerciseAnswer.ClassifyAnswer;
import org.orienta.exercise.ExerciseAnswer.MatchAnswer;
import org.orienta.exercise.ExerciseAnswer.OrderAnswer;
import org.orienta.exercise.ExerciseAnswer.ReflectionAnswer;
import org.orienta.exercise.ExerciseAnswer.RewriteAnswer;
import org.orienta.exercise.ExerciseResult.ItemResult;

/** Scores answers and turns scores into evidence (content/README.md, "Exercises"). Pure: no state, no Spring. */
public final class ExerciseScoring {

    /** From this score on, evidence is recorded at the exercise's level. */
    public static final double FULL_LEVEL_FROM = 0.8;
    /** From this score on, evidence is recorded one level lower; below it, at level 1. */
    public static final double LOWER_LEVEL_FROM = 0.5;

    private ExerciseScoring() {}

    /**
     * Scores an answer; whatever it leaves out counts as wrong.
     *
     * @throws IllegalArgumentException when the answer's shape does not fit the exercise's type
     */
    public static ExerciseResult score(ExerciseDefinition exercise, ExerciseAnswer answer) {
        if (exercise instanceof RewriteExercise && answer instanceof RewriteAnswer
                || exercise instanceof ReflectionExercise && answer instanceof ReflectionAnswer) {
            return ExerciseResult.pendingReview();
        }
        List<ItemResult> items = switch (exercise) {
            case ClassifyExercise c
            when answer instanceof ClassifyAnswer a ->
                c.items().stream()
                        .map(i -> new ItemResult(
                                i.id(), i.answer().equals(a.categories().get(i.id()))))
                        .toList();
            case CalculateExercise c
            when answer instanceof CalculateAnswer a ->
                c.parts().stream()
                        .map(p -> new ItemResult(p.id(), within(a.values().get(p.id()), p)))
                        .toList();
            case OrderExercise o when answer instanceof OrderAnswer a -> order(o, a);
            case MatchExercise m
            when answer instanceof MatchAnswer a ->
                m.pairs().stream()
                        .map(p ->
                                new ItemResult(p.id(), p.id().equals(a.rights().get(p.id()))))
                        .toList();
            default ->
                throw new IllegalArgumentException("a " + answer.getClass().getSimpleName() + " does not answer a "
                        + exercise.type().word() + " exercise");
        };
        long correct = items.stream().filter(ItemResult::correct).count();
        return new ExerciseResult(items.isEmpty() ? 0 : (double) correct / items.size(), items, false);
    }

    /** The ids of the things an exercise asks about, in the order the trainee sees them. */
    public static List<String> itemIds(ExerciseDefinition exercise) {
        return switch (exercise) {
            case ClassifyExercise c ->
                c.items().stream().map(ClassifyExercise.Item::id).toList();
            case CalculateExercise c ->
                c.parts().stream().map(CalculateExercise.Part::id).toList();
            case OrderExercise o ->
                o.steps().stream().map(OrderExercise.Step::id).toList();
            case MatchExercise m ->
                m.pairs().stream().map(MatchExercise.Pair::id).toList();
            case RewriteExercise r ->
                r.prompts().stream().map(RewriteExercise.Prompt::id).toList();
            case ReflectionExercise r ->
                r.questions().stream().map(ReflectionExercise.Question::id).toList();
        };
    }

    /**
     * The ids of the items an answer leaves without an answer, in the exercise's order: an item with
     * no category, number or match, a step not placed, a reply left blank. An answer of the wrong
     * shape leaves everything unanswered.
     */
    public static List<String> unanswered(ExerciseDefinition exercise, ExerciseAnswer answer) {
        java.util.function.Predicate<String> answered = switch (answer) {
            case ClassifyAnswer a when exercise instanceof ClassifyExercise -> a.categories()::containsKey;
            case CalculateAnswer a when exercise instanceof CalculateExercise -> a.values()::containsKey;
            case OrderAnswer a when exercise instanceof OrderExercise -> a.stepIds()::contains;
            case MatchAnswer a when exercise instanceof MatchExercise -> a.rights()::containsKey;
            case RewriteAnswer a
            when exercise instanceof RewriteExercise ->
                id -> !a.texts().getOrDefault(id, "").isBlank();
            case ReflectionAnswer a
            when exercise instanceof ReflectionExercise ->
                id -> !a.texts().getOrDefault(id, "").isBlank();
            default -> id -> false;
        };
        return itemIds(exercise).stream().filter(answered.negate()).toList();
    }

    /**
     * The ids of the reflection questions answered more briefly than their author's minimum, in the
     * exercise's order; blank answers are {@link #unanswered unanswered}, not short.
     */
    public static List<String> tooShort(ExerciseDefinition exercise, ExerciseAnswer answer) {
        if (!(exercise instanceof ReflectionExercise reflection && answer instanceof ReflectionAnswer a)) {
            return List.of();
        }
        return reflection.questions().stream()
                .filter(q -> {
                    var text = a.texts().getOrDefault(q.id(), "").strip();
                    return !text.isEmpty() && text.length() < q.minLength();
                })
                .map(ReflectionExercise.Question::id)
                .toList();
    }

    /**
     * Whether an assessed answer waits for a trainer: rewrites always, reflections unless their author
     * keeps them private. An answer no trainer reviews is finished as soon as it is submitted.
     */
    public static boolean reviewedByTrainer(ExerciseDefinition exercise) {
        return exercise instanceof FreeTextExercise free && free.reviewed();
    }

    /** The evidence a result records: none while a free-text answer awaits its trainer's score. */
    public static List<Evidence> evidence(ExerciseDefinition exercise, ExerciseResult result) {
        if (result.awaitingReview()) {
            return List.of();
        }
        var evidence = new ArrayList<Evidence>();
        for (Evidence claim : exercise.evidence()) {
            int level;
            if (result.score() >= FULL_LEVEL_FROM) {
                level = claim.level();
            } else if (result.score() >= LOWER_LEVEL_FROM) {
                level = Math.max(Evidence.MIN_LEVEL, claim.level() - 1);
            } else {
                level = Evidence.MIN_LEVEL;
            }
            evidence.add(new Evidence(claim.competency(), level));
        }
        return evidence;
    }

    private static boolean within(@Nullable BigDecimal given, CalculateExercise.Part part) {
        return given != null && given.subtract(part.answer()).abs().compareTo(part.tolerance()) <= 0;
    }

    /** A step is correct when it stands where it belongs; one misplaced step need not spoil the rest. */
    private static List<ItemResult> order(OrderExercise exercise, OrderAnswer answer) {
        var results = new ArrayList<ItemResult>();
        var steps = exercise.steps();
        for (int i = 0; i < steps.size(); i++) {
            var placed = i < answer.stepIds().size() ? answer.stepIds().get(i) : null;
            results.add(new ItemResult(
                    steps.get(i).id(), Objects.equals(placed, steps.get(i).id())));
        }
        return results;
    }

    /**
     * A reflection's answer must be as long as its author asks; in practice a short answer may still be
     * submitted anyway, as an unanswered one may.
     */
    private static void requireLongEnough(
            ExerciseDefinition definition, ExerciseAnswer answer, boolean partialAllowed) {
        var brief = tooShort(definition, answer);
        if (brief.isEmpty() || partialAllowed || !(definition instanceof ReflectionExercise reflection)) {
            return;
        }
        var all = itemIds(definition);
        var problems = new ArrayList<FieldProblem>();
        var positions = brief.stream()
                .map(item -> Integer.toString(all.indexOf(item) + 1))
                .collect(java.util.stream.Collectors.joining(", "));
        problems.add(FieldProblem.of("answer", "exercise.reflection.answersTooShort", brief.size(), positions));
        for (var question : reflection.questions()) {
            if (brief.contains(question.id())) {
                problems.add(FieldProblem.of(
                        "answer/" + question.id(), "exercise.reflection.tooShort", question.minLength()));
            }
        }
        throw new InvalidInputException(problems);
    }

    /**
     * Refuses an answer that leaves items out (unless {@code partialAllowed}, as practice allows, and at
     * least one item is answered) or a reflection shorter than its author asks, naming each item: the
     * field {@code answer} for the whole and {@code answer/<item id>} for each.
     *
     * @throws InvalidInputException with what is missing
     */
    public static void requireAnswered(ExerciseDefinition definition, ExerciseAnswer answer, boolean partialAllowed) {
        var all = itemIds(definition);
        var missing = unanswered(definition, answer);
        if (missing.isEmpty() || partialAllowed && missing.size() < all.size()) {
            requireLongEnough(definition, answer, partialAllowed);
            return;
        }
        var problems = new ArrayList<FieldProblem>();
        var positions = missing.stream()
                .map(item -> Integer.toString(all.indexOf(item) + 1))
                .collect(java.util.stream.Collectors.joining(", "));
        problems.add(FieldProblem.of("answer", "exercise.answerEveryItem", missing.size(), positions));
        missing.forEach(item -> problems.add(FieldProblem.of("answer/" + item, "exercise.noAnswerYet")));
        throw new InvalidInputException(problems);
    }
}
