package org.orienta.quiz;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.orienta.competency.Evidence;
import org.orienta.quiz.Question.MatchingQuestion;
import org.orienta.quiz.Question.MultipleChoice;
import org.orienta.quiz.Question.NumericQuestion;
import org.orienta.quiz.Question.OrderingQuestion;
import org.orienta.quiz.Question.ShortAnswer;
import org.orienta.quiz.Question.SingleChoice;
import org.orienta.quiz.Question.TrueFalse;
import org.orienta.quiz.QuestionAnswer.ChosenOption;
import org.orienta.quiz.QuestionAnswer.ChosenOptions;
import org.orienta.quiz.QuestionAnswer.MatchingAnswer;
import org.orienta.quiz.QuestionAnswer.NumericAnswer;
import org.orienta.quiz.QuestionAnswer.OrderingAnswer;
import org.orienta.quiz.QuestionAnswer.TextAnswer;
import org.orienta.quiz.QuestionAnswer.TrueFalseAnswer;

/** Scores answers: every question all or nothing; a quiz passes at its pass mark. */
public final class QuizScoring {

    private QuizScoring() {}

    public record QuestionResult(String questionId, boolean correct, int points, int maxPoints) {}

    public record QuizResult(int points, int maxPoints, boolean passed, List<QuestionResult> questions) {

        public QuizResult {
            questions = List.copyOf(questions);
        }

        public double score() {
            return maxPoints == 0 ? 0 : (double) points / maxPoints;
        }
    }

    public static QuestionResult score(Question question, QuestionAnswer answer) {
        boolean correct = switch (question) {
            case SingleChoice q ->
                answer instanceof ChosenOption a
                        && q.options().stream().anyMatch(o -> o.correct() && o.id().equals(a.optionId()));
            case MultipleChoice q ->
                answer instanceof ChosenOptions a
                        && a.optionIds()
                                .equals(q.options().stream()
                                        .filter(Question.Choice::correct)
                                        .map(Question.Choice::id)
                                        .collect(java.util.stream.Collectors.toSet()));
            case TrueFalse q -> answer instanceof TrueFalseAnswer a && a.value() == q.answer();
            case NumericQuestion q ->
                answer instanceof NumericAnswer a
                        && a.value().subtract(q.answer()).abs().compareTo(q.tolerance()) <= 0;
            case MatchingQuestion q ->
                answer instanceof MatchingAnswer a
                        && q.pairs().stream()
                                .allMatch(p -> p.id().equals(a.rights().get(p.id())));
            case OrderingQuestion q ->
                answer instanceof OrderingAnswer a
                        && a.itemIds()
                                .equals(q.items().stream()
                                        .map(Question.Entry::id)
                                        .toList());
            case ShortAnswer q ->
                answer instanceof TextAnswer a
                        && q.accepted().stream().map(QuizScoring::normalise).anyMatch(normalise(a.text())::equals);
        };
        return new QuestionResult(question.id(), correct, correct ? question.points() : 0, question.points());
    }

    public static QuizResult total(QuizDefinition quiz, QuizPaper paper, List<QuestionResult> results) {
        int points = results.stream().mapToInt(QuestionResult::points).sum();
        return new QuizResult(points, paper.maxPoints(), points >= quiz.passMark(), results);
    }

    /** A right answer shows the question's levels; a wrong one level 1 of the same competencies. */
    public static List<Evidence> evidence(Question question, QuestionResult result) {
        return question.info().evidence().stream()
                .map(e -> result.correct() ? e : new Evidence(e.competency(), Evidence.MIN_LEVEL))
                .toList();
    }

    /** Case, accents, punctuation and spacing do not matter: "4P." equals "4 p". */
    static String normalise(String text) {
        var plain = Normalizer.normalize(Objects.requireNonNullElse(text, ""), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return plain.replaceAll("[\\p{Punct}\\s]+", " ").strip().replace(" ", "");
    }
}
