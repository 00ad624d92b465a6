package org.orienta.progress.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.stream.Collectors;
import org.orienta.exercise.CalculateExercise;
import org.orienta.exercise.ClassifyExercise;
import org.orienta.exercise.ExerciseAnswer;
import org.orienta.exercise.ExerciseDefinition;
import org.orienta.exercise.MatchExercise;
import org.orienta.exercise.OrderExercise;
import org.orienta.exercise.ReflectionExercise;
import org.orienta.exercise.RewriteExercise;
import org.orienta.quiz.Question;
import org.orienta.quiz.QuestionAnswer;

/** Right and plausible wrong answers to any question or exercise, for generated history (demo and scale data). */
final class SampleAnswers {

    private SampleAnswers() {}

    static QuestionAnswer right(Question question) {
        return switch (question) {
            case Question.SingleChoice q ->
                new QuestionAnswer.ChosenOption(q.options().stream()
                        .filter(Question.Choice::correct)
                        .findFirst()
                        .orElseThrow()
                        .id());
            case Question.MultipleChoice q ->
                new QuestionAnswer.ChosenOptions(q.options().stream()
                        .filter(Question.Choice::correct)
                        .map(Question.Choice::id)
                        .collect(Collectors.toSet()));
            case Question.TrueFalse q -> new QuestionAnswer.TrueFalseAnswer(q.answer());
            case Question.NumericQuestion q -> new QuestionAnswer.NumericAnswer(q.answer());
            case Question.MatchingQuestion q ->
                new QuestionAnswer.MatchingAnswer(
                        q.pairs().stream().collect(Collectors.toMap(Question.Pair::id, Question.Pair::id)));
            case Question.OrderingQuestion q ->
                new QuestionAnswer.OrderingAnswer(
                        q.items().stream().map(Question.Entry::id).toList());
            case Question.ShortAnswer q ->
                new QuestionAnswer.TextAnswer(q.accepted().getFirst().english());
        };
    }

    /** A wrong answer a trainee could really give: a wrong option, the other truth value, a swapped order. */
    static QuestionAnswer wrong(Question question) {
        return switch (question) {
            case Question.SingleChoice q ->
                new QuestionAnswer.ChosenOption(q.options().stream()
                        .filter(o -> !o.correct())
                        .findFirst()
                        .orElse(q.options().getFirst())
                        .id());
            case Question.MultipleChoice q ->
                new QuestionAnswer.ChosenOptions(q.options().stream()
                        .filter(o -> !o.correct())
                        .limit(1)
                        .map(Question.Choice::id)
                        .collect(Collectors.toSet()));
            case Question.TrueFalse q -> new QuestionAnswer.TrueFalseAnswer(!q.answer());
            case Question.NumericQuestion q ->
                new QuestionAnswer.NumericAnswer(
                        q.answer().multiply(BigDecimal.TWO).add(q.tolerance()).add(BigDecimal.ONE));
            case Question.MatchingQuestion q -> {
                var ids = q.pairs().stream().map(Question.Pair::id).toList();
                var rights = new java.util.HashMap<String, String>();
                for (int i = 0; i < ids.size(); i++) {
                    rights.put(ids.get(i), ids.get((i + 1) % ids.size()));
                }
                yield new QuestionAnswer.MatchingAnswer(rights);
            }
            case Question.OrderingQuestion q -> {
                var ids = new ArrayList<>(
                        q.items().stream().map(Question.Entry::id).toList());
                java.util.Collections.reverse(ids);
                yield new QuestionAnswer.OrderingAnswer(ids);
            }
            case Question.ShortAnswer q -> new QuestionAnswer.TextAnswer("not sure");
        };
    }

    /** An exercise answered well, or with about half of it wrong; a rewrite answers with its model answers. */
    static ExerciseAnswer exercise(ExerciseDefinition exercise, boolean well) {
        return switch (exercise) {
            case ClassifyExercise e -> {
                var categories = new HashMap<String, String>();
                for (int i = 0; i < e.items().size(); i++) {
                    var item = e.items().get(i);
                    var wrong = e.categories().stream()
                            .map(ClassifyExercise.Category::id)
                            .filter(c -> !c.equals(item.answer()))
                            .findFirst()
                            .orElse(item.answer());
                    categories.put(item.id(), well || i % 2 == 0 ? item.answer() : wrong);
                }
                yield new ExerciseAnswer.ClassifyAnswer(categories);
            }
            case CalculateExercise e -> {
                var values = new HashMap<String, BigDecimal>();
                for (int i = 0; i < e.parts().size(); i++) {
                    var part = e.parts().get(i);
                    values.put(
                            part.id(),
                            well || i % 2 == 0
                                    ? part.answer()
                                    : part.answer().add(part.tolerance()).add(BigDecimal.TEN));
                }
                yield new ExerciseAnswer.CalculateAnswer(values);
            }
            case OrderExercise e -> {
                var ids = new ArrayList<>(
                        e.steps().stream().map(OrderExercise.Step::id).toList());
                if (!well && ids.size() > 1) {
                    java.util.Collections.swap(ids, 0, ids.size() - 1);
                }
                yield new ExerciseAnswer.OrderAnswer(ids);
            }
            case MatchExercise e -> {
                var ids = e.pairs().stream().map(MatchExercise.Pair::id).toList();
                var rights = new HashMap<String, String>();
                for (int i = 0; i < ids.size(); i++) {
                    rights.put(ids.get(i), well || ids.size() < 2 ? ids.get(i) : ids.get((i + 1) % ids.size()));
                }
                yield new ExerciseAnswer.MatchAnswer(rights);
            }
            case RewriteExercise e ->
                new ExerciseAnswer.RewriteAnswer(e.prompts().stream()
                        .collect(Collectors.toMap(
                                RewriteExercise.Prompt::id, p -> p.modelAnswer().english())));
            case ReflectionExercise e ->
                new ExerciseAnswer.ReflectionAnswer(e.questions().stream()
                        .collect(Collectors.toMap(ReflectionExercise.Question::id, q -> sample(q))));
        };
    }

    /** A reflection has no right answer: the model note when there is one, else a sentence long enough. */
    private static String sample(ReflectionExercise.Question question) {
        var text = question.modelNote() == null
                ? "A sample answer written for the demonstration, about one real episode."
                : question.modelNote().english();
        return text.length() >= question.minLength()
                ? text
                : text + " …".repeat((question.minLength() - text.length() + 1) / 2);
    }
}
