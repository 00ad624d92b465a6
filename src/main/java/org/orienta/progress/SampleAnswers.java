package org.orienta.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.stream.Collectors;
import org.orienta.quiz.Question;
import org.orienta.quiz.QuestionAnswer;

/** A right and a plausible wrong answer to any question, for generated history (demo and scale data). */
final class SampleAnswers {

    private SampleAnswers() {}

    static QuestionAnswer right(Question question) {
        return switch (question) {
            case Question.SingleChoice q -> new QuestionAnswer.ChosenOption(q.options().stream()
                    .filter(Question.Choice::correct).findFirst().orElseThrow().id());
            case Question.MultipleChoice q -> new QuestionAnswer.ChosenOptions(q.options().stream()
                    .filter(Question.Choice::correct).map(Question.Choice::id).collect(Collectors.toSet()));
            case Question.TrueFalse q -> new QuestionAnswer.TrueFalseAnswer(q.answer());
            case Question.NumericQuestion q -> new QuestionAnswer.NumericAnswer(q.answer());
            case Question.MatchingQuestion q -> new QuestionAnswer.MatchingAnswer(q.pairs().stream().collect(
                    Collectors.toMap(Question.Pair::id, Question.Pair::id)));
            case Question.OrderingQuestion q -> new QuestionAnswer.OrderingAnswer(q.items().stream()
                    .map(Question.Entry::id).toList());
            case Question.ShortAnswer q -> new QuestionAnswer.TextAnswer(q.accepted().getFirst());
        };
    }

    /** A wrong answer a trainee could really give: a wrong option, the other truth value, a swapped order. */
    static QuestionAnswer wrong(Question question) {
        return switch (question) {
            case Question.SingleChoice q -> new QuestionAnswer.ChosenOption(q.options().stream()
                    .filter(o -> !o.correct()).findFirst().orElse(q.options().getFirst()).id());
            case Question.MultipleChoice q -> new QuestionAnswer.ChosenOptions(q.options().stream()
                    .filter(o -> !o.correct()).limit(1).map(Question.Choice::id).collect(Collectors.toSet()));
            case Question.TrueFalse q -> new QuestionAnswer.TrueFalseAnswer(!q.answer());
            case Question.NumericQuestion q -> new QuestionAnswer.NumericAnswer(q.answer().multiply(BigDecimal.TWO)
                    .add(q.tolerance()).add(BigDecimal.ONE));
            case Question.MatchingQuestion q -> {
                var ids = q.pairs().stream().map(Question.Pair::id).toList();
                var rights = new java.util.HashMap<String, String>();
                for (int i = 0; i < ids.size(); i++) {
                    rights.put(ids.get(i), ids.get((i + 1) % ids.size()));
                }
                yield new QuestionAnswer.MatchingAnswer(rights);
            }
            case Question.OrderingQuestion q -> {
                var ids = new ArrayList<>(q.items().stream().map(Question.Entry::id).toList());
                java.util.Collections.reverse(ids);
                yield new QuestionAnswer.OrderingAnswer(ids);
            }
            case Question.ShortAnswer q -> new QuestionAnswer.TextAnswer("not sure");
        };
    }
}
