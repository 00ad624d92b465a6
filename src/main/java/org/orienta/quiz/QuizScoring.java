package org.orienta.quiz;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.orienta.base.LocalizedText;
import org.orienta.competency.Evidence;
import org.orienta.quiz.Question.Choice;
import org.orienta.quiz.Question.MatchingQuestion;
import org.orienta.quiz.Question.MultipleChoice;
import org.orienta.quiz.Question.NumericQuestion;
import org.orienta.quiz.Question.NumericResponse;
import org.orienta.quiz.Question.OrderingQuestion;
import org.orienta.quiz.Question.ShortAnswer;
import org.orienta.quiz.Question.SingleChoice;
import org.orienta.quiz.Question.TextResponse;
import org.orienta.quiz.Question.TrueFalse;
import org.orienta.quiz.QuestionAnswer.ChosenOption;
import org.orienta.quiz.QuestionAnswer.ChosenOptions;
import org.orienta.quiz.QuestionAnswer.MatchingAnswer;
import org.orienta.quiz.QuestionAnswer.NumericAnswer;
import org.orienta.quiz.QuestionAnswer.OrderingAnswer;
import org.orienta.quiz.QuestionAnswer.TextAnswer;
import org.orienta.quiz.QuestionAnswer.TrueFalseAnswer;

/**
 * Scores answers. A question is all or nothing unless its author gave partial credit the way Moodle
 * does: option weights (the ticked weights summed, never below nothing), or further short and numeric
 * answers with their own credit. A quiz passes at its pass mark.
 */
public final class QuizScoring {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private QuizScoring() {}

    /**
     * @param correct whether the answer earned full credit
     * @param points the points earned, a fraction of {@code maxPoints} under partial credit
     */
    public record QuestionResult(String questionId, boolean correct, double points, int maxPoints) {

        public double fraction() {
            return maxPoints == 0 ? 0 : points / maxPoints;
        }
    }

    public record QuizResult(double points, int maxPoints, boolean passed, List<QuestionResult> questions) {

        public QuizResult {
            questions = List.copyOf(questions);
        }

        public double score() {
            return maxPoints == 0 ? 0 : points / maxPoints;
        }
    }

    public static QuestionResult score(Question question, QuestionAnswer answer) {
        double fraction = Math.clamp(fraction(question, answer), 0, 1);
        // Points to two decimals, as Moodle shows them: a third of a point is 0.33.
        double points = Math.round(fraction * question.points() * 100) / 100.0;
        return new QuestionResult(question.id(), fraction >= 1 - 1e-9, points, question.points());
    }

    private static double fraction(Question question, QuestionAnswer answer) {
        return switch (question) {
            case SingleChoice q -> {
                if (!(answer instanceof ChosenOption a)) {
                    yield 0;
                }
                yield q.options().stream()
                        .filter(o -> o.id().equals(a.optionId()))
                        .findFirst()
                        .map(QuizScoring::weight)
                        .orElse(0.0);
            }
            case MultipleChoice q -> {
                if (!(answer instanceof ChosenOptions a)) {
                    yield 0;
                }
                if (weighted(q.options())) {
                    // Moodle: the weights of the ticked options summed; ticking everything cannot win.
                    yield q.options().stream()
                            .filter(o -> a.optionIds().contains(o.id()))
                            .mapToDouble(QuizScoring::weight)
                            .sum();
                }
                yield a.optionIds()
                                .equals(q.options().stream()
                                        .filter(Choice::correct)
                                        .map(Choice::id)
                                        .collect(Collectors.toSet()))
                        ? 1
                        : 0;
            }
            case TrueFalse q -> answer instanceof TrueFalseAnswer a && a.value() == q.answer() ? 1 : 0;
            case NumericQuestion q -> {
                if (!(answer instanceof NumericAnswer a)) {
                    yield 0;
                }
                yield numericResponse(q, a.value())
                        .map(r -> r.credit().doubleValue() / 100)
                        .orElse(0.0);
            }
            case MatchingQuestion q ->
                answer instanceof MatchingAnswer a
                                && q.pairs().stream()
                                        .allMatch(p -> p.id().equals(a.rights().get(p.id())))
                        ? 1
                        : 0;
            case OrderingQuestion q ->
                answer instanceof OrderingAnswer a
                                && a.itemIds()
                                        .equals(q.items().stream()
                                                .map(Question.Entry::id)
                                                .toList())
                        ? 1
                        : 0;
            case ShortAnswer q -> {
                if (!(answer instanceof TextAnswer a)) {
                    yield 0;
                }
                yield textResponse(q, a.text())
                        .map(r -> r.credit().doubleValue() / 100)
                        .orElse(0.0);
            }
        };
    }

    /** Whether a choice question gives partial credit by option weights. */
    public static boolean weighted(List<Choice> options) {
        return options.stream().anyMatch(o -> o.weight() != null);
    }

    private static double weight(Choice option) {
        if (option.weight() != null) {
            return option.weight().doubleValue() / 100;
        }
        return option.correct() ? 1 : 0;
    }

    /**
     * The answer of a short-answer question that the text matches: an accepted one (full credit, no
     * feedback of its own) or the first further answer that matches, {@code *} matching any characters.
     */
    public static Optional<TextResponse> textResponse(ShortAnswer question, String text) {
        var given = normalise(text);
        // Every language's answers count: a trainee may answer in English or in the item's language.
        for (LocalizedText accepted : question.accepted()) {
            if (!given.isEmpty()
                    && accepted.translations().values().stream()
                            .anyMatch(a -> normalise(a).equals(given))) {
                return Optional.of(new TextResponse(accepted, HUNDRED, null));
            }
        }
        return question.responses().stream()
                .filter(r -> r.text().translations().values().stream()
                        .anyMatch(a -> wildcard(a).matcher(given).matches()))
                .findFirst();
    }

    private static Pattern wildcard(String answer) {
        var parts = answer.split("\\*", -1);
        var regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(normalise(parts[i])));
        }
        return Pattern.compile(regex.toString());
    }

    /** The answer of a numeric question that the number matches: the main one, or the first further one. */
    public static Optional<NumericResponse> numericResponse(NumericQuestion question, BigDecimal value) {
        if (within(value, question.answer(), question.tolerance())) {
            return Optional.of(
                    new NumericResponse(question.answer(), question.tolerance(), HUNDRED, question.feedback()));
        }
        return question.responses().stream()
                .filter(r -> r.value() == null || within(value, r.value(), r.tolerance()))
                .findFirst();
    }

    private static boolean within(BigDecimal value, BigDecimal answer, BigDecimal tolerance) {
        return value.subtract(answer).abs().compareTo(tolerance) <= 0;
    }

    /** The feedback the author wrote for this answer: per option, per true or false, per short or numeric answer. */
    public static List<LocalizedText> feedback(Question question, QuestionAnswer answer) {
        var feedback = new ArrayList<LocalizedText>();
        switch (question) {
            case SingleChoice q
            when answer instanceof ChosenOption a ->
                q.options().stream()
                        .filter(o -> o.id().equals(a.optionId()) && o.feedback() != null)
                        .forEach(o -> feedback.add(o.feedback()));
            case MultipleChoice q
            when answer instanceof ChosenOptions a ->
                q.options().stream()
                        .filter(o -> a.optionIds().contains(o.id()) && o.feedback() != null)
                        .forEach(o -> feedback.add(o.feedback()));
            case TrueFalse q
            when answer instanceof TrueFalseAnswer a -> {
                var text = a.value() ? q.feedbackTrue() : q.feedbackFalse();
                if (text != null) {
                    feedback.add(text);
                }
            }
            case NumericQuestion q
            when answer instanceof NumericAnswer a ->
                numericResponse(q, a.value())
                        .map(NumericResponse::feedback)
                        .filter(Objects::nonNull)
                        .ifPresent(feedback::add);
            case ShortAnswer q
            when answer instanceof TextAnswer a ->
                textResponse(q, a.text())
                        .map(TextResponse::feedback)
                        .filter(Objects::nonNull)
                        .ifPresent(feedback::add);
            default -> {
                // Matching and ordering have no per-answer feedback.
            }
        }
        return feedback;
    }

    public static QuizResult total(QuizDefinition quiz, QuizPaper paper, List<QuestionResult> results) {
        double points =
                Math.round(results.stream().mapToDouble(QuestionResult::points).sum() * 100) / 100.0;
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
