package org.orienta.progress.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.orienta.quiz.Question;
import org.orienta.quiz.QuestionAnswer;

/** A trainee's answer to a quiz question in words: the option texts chosen, not their ids. */
final class QuizAnswers {

    private QuizAnswers() {}

    static String given(Component owner, Question question, QuestionAnswer answer) {
        return switch (answer) {
            case QuestionAnswer.ChosenOption a -> option(question, a.optionId());
            case QuestionAnswer.ChosenOptions a ->
                choices(question).stream()
                        .filter(o -> a.optionIds().contains(o.id()))
                        .map(o -> Texts.plain(o.text()))
                        .collect(Collectors.joining("; "));
            case QuestionAnswer.TrueFalseAnswer a -> owner.getTranslation(a.value() ? "quiz.true" : "quiz.false");
            case QuestionAnswer.NumericAnswer a ->
                a.value().toPlainString()
                        + (question instanceof Question.NumericQuestion q && q.unit() != null
                                ? " " + Texts.plain(q.unit())
                                : "");
            case QuestionAnswer.MatchingAnswer a
            when question instanceof Question.MatchingQuestion q ->
                q.pairs().stream()
                        .filter(p -> a.rights().containsKey(p.id()))
                        .map(p -> Texts.plain(p.left()) + " → "
                                + q.pairs().stream()
                                        .filter(r -> r.id().equals(a.rights().get(p.id())))
                                        .findFirst()
                                        .map(r -> Texts.plain(r.right()))
                                        .orElseGet(
                                                () -> distractor(q, a.rights().get(p.id()))))
                        .collect(Collectors.joining("; "));
            case QuestionAnswer.OrderingAnswer a
            when question instanceof Question.OrderingQuestion q ->
                a.itemIds().stream()
                        .map(id -> q.items().stream()
                                .filter(i -> i.id().equals(id))
                                .findFirst()
                                .map(i -> Texts.plain(i.text()))
                                .orElse(id))
                        .collect(Collectors.joining(" → "));
            case QuestionAnswer.TextAnswer a -> a.text();
            default -> "";
        };
    }

    private static String distractor(Question.MatchingQuestion question, @Nullable String id) {
        for (int i = 0; i < question.distractors().size(); i++) {
            if (Question.MatchingQuestion.distractorId(i).equals(id)) {
                return Texts.plain(question.distractors().get(i));
            }
        }
        return "";
    }

    private static List<Question.Choice> choices(Question question) {
        return switch (question) {
            case Question.SingleChoice q -> q.options();
            case Question.MultipleChoice q -> q.options();
            default -> List.of();
        };
    }

    private static String option(Question question, String id) {
        return choices(question).stream()
                .filter(o -> o.id().equals(id))
                .findFirst()
                .map(o -> Texts.plain(o.text()))
                .orElse(id);
    }
}
