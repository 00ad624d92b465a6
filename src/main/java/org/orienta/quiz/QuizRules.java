package org.orienta.quiz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.orienta.base.FieldProblem;
import org.orienta.competency.CompetencyCode;
import org.orienta.quiz.Question.Choice;
import org.orienta.quiz.Question.MatchingQuestion;
import org.orienta.quiz.Question.MultipleChoice;
import org.orienta.quiz.Question.NumericQuestion;
import org.orienta.quiz.Question.OrderingQuestion;
import org.orienta.quiz.Question.ShortAnswer;
import org.orienta.quiz.Question.SingleChoice;
import org.orienta.quiz.Question.TrueFalse;

/** The rules a quiz must follow, shared by the importer and the editor; problems are named by path. */
public final class QuizRules {

    private QuizRules() {}

    public static List<FieldProblem> check(QuizDefinition quiz, Set<CompetencyCode> knownCompetencies) {
        var problems = new ArrayList<FieldProblem>();
        var ids = new HashSet<String>();
        for (Question question : quiz.questions()) {
            var path = "questions/" + question.id();
            if (!ids.add(question.id())) {
                problems.add(FieldProblem.of(path, "quiz.duplicateQuestion", question.id()));
            }
            var info = question.info();
            if (!info.shuffleOptions()) {
                if (!(question instanceof SingleChoice) && !(question instanceof MultipleChoice)) {
                    problems.add(FieldProblem.of(path + "/shuffle_options", "quiz.shuffleOptionsNotChoice"));
                } else if (info.shuffleReason() == null || info.shuffleReason().isBlank()) {
                    problems.add(FieldProblem.of(path + "/shuffle_options", "quiz.shuffleOptionsReason"));
                }
            }
            question.info().evidence().stream()
                    .filter(e -> !knownCompetencies.contains(e.competency()))
                    .forEach(e -> problems.add(FieldProblem.of(
                            path + "/evidence",
                            "evidence.unknownCompetency",
                            e.competency().value())));
            switch (question) {
                case SingleChoice q -> {
                    choices(path, q.options(), problems, correct -> correct != 1, "quiz.singleNeedsOneCorrect");
                    weights(path, q.options(), problems, false);
                }
                case MultipleChoice q -> {
                    choices(path, q.options(), problems, correct -> correct < 1, "quiz.noCorrectOption");
                    weights(path, q.options(), problems, true);
                }
                case TrueFalse q -> {
                    // Nothing beyond its fields.
                }
                case NumericQuestion q -> {
                    if (q.tolerance().signum() < 0) {
                        problems.add(FieldProblem.of(path + "/tolerance", "quiz.negativeTolerance"));
                    }
                    for (int i = 0; i < q.responses().size(); i++) {
                        var response = q.responses().get(i);
                        var at = path + "/responses/" + i;
                        credit(at, response.credit(), problems);
                        if (response.tolerance().signum() < 0) {
                            problems.add(FieldProblem.of(at + "/tolerance", "quiz.negativeTolerance"));
                        }
                    }
                }
                case MatchingQuestion q -> {
                    entries(
                            path + "/pairs",
                            q.pairs().stream().map(Question.Pair::id).toList(),
                            problems);
                    var rights = q.pairs().stream()
                            .map(p -> p.right().english().strip())
                            .collect(java.util.stream.Collectors.toSet());
                    for (int i = 0; i < q.distractors().size(); i++) {
                        var distractor = q.distractors().get(i).english().strip();
                        if (distractor.isEmpty() || rights.contains(distractor)) {
                            problems.add(FieldProblem.of(path + "/distractors/" + i, "quiz.distractorNotDistinct"));
                        }
                    }
                }
                case OrderingQuestion q ->
                    entries(
                            path + "/items",
                            q.items().stream().map(Question.Entry::id).toList(),
                            problems);
                case ShortAnswer q -> {
                    boolean fullCredit = !q.accepted().isEmpty()
                            || q.responses().stream().anyMatch(r -> r.credit().compareTo(HUNDRED) == 0);
                    if (!fullCredit) {
                        problems.add(FieldProblem.of(path + "/accepted", "quiz.noAcceptedAnswer"));
                    }
                    for (int i = 0; i < q.responses().size(); i++) {
                        var response = q.responses().get(i);
                        var at = path + "/responses/" + i;
                        credit(at, response.credit(), problems);
                        // An empty answer would accept an empty reply; "*" is the way to catch every other answer.
                        if (response.text().english().isBlank()) {
                            problems.add(FieldProblem.of(at + "/text", "quiz.emptyResponse"));
                        }
                    }
                }
            }
        }
        if (!quiz.shuffle()
                && (quiz.shuffleReason() == null || quiz.shuffleReason().isBlank())) {
            problems.add(FieldProblem.of("shuffle", "quiz.shuffleReason"));
        }
        // A draw takes whole groups or none, so with groups it could not always fill the paper.
        var grouped =
                quiz.questions().stream().filter(q -> q.info().group() != null).findFirst();
        if (quiz.draw() != null && grouped.isPresent()) {
            problems.add(
                    FieldProblem.of("questions/" + grouped.get().id() + "/group", "quiz.drawWithGroups", quiz.draw()));
        }
        if (quiz.draw() != null && quiz.draw() > quiz.questions().size()) {
            problems.add(FieldProblem.of(
                    "draw", "quiz.drawTooMany", quiz.draw(), quiz.questions().size()));
        }
        int reachable = lowestPointsAsked(quiz);
        if (quiz.passMark() > reachable) {
            problems.add(FieldProblem.of("pass_mark", "quiz.passMarkTooHigh", quiz.passMark(), reachable));
        }
        return problems;
    }

    /** The points of the questions asked; with a draw, the least a draw can give, so every attempt can pass. */
    static int lowestPointsAsked(QuizDefinition quiz) {
        var points =
                quiz.questions().stream().mapToInt(Question::points).sorted().toArray();
        int asked = Math.min(quiz.questionsAsked(), points.length);
        int sum = 0;
        for (int i = 0; i < asked; i++) {
            sum += points[i];
        }
        return sum;
    }

    private static void choices(
            String path,
            List<Choice> options,
            List<FieldProblem> problems,
            java.util.function.IntPredicate wrongCount,
            String key) {
        entries(path + "/options", options.stream().map(Choice::id).toList(), problems);
        int correct = (int) options.stream().filter(Choice::correct).count();
        if (wrongCount.test(correct)) {
            problems.add(FieldProblem.of(path + "/options", key, correct));
        }
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Moodle's rules for weights: each from -100 to 100; in a multiple-response question the correct
     * options weigh more than nothing, the wrong ones not, and the positive weights add up to 100; in a
     * single-choice question the correct option weighs 100 and a wrong one may earn part of it.
     */
    private static void weights(String path, List<Choice> options, List<FieldProblem> problems, boolean multiple) {
        if (!QuizScoring.weighted(options)) {
            return;
        }
        var positive = BigDecimal.ZERO;
        for (Choice option : options) {
            var at = path + "/options/" + option.id() + "/weight";
            var weight = option.weight() == null ? (option.correct() ? HUNDRED : BigDecimal.ZERO) : option.weight();
            if (weight.abs().compareTo(HUNDRED) > 0) {
                problems.add(FieldProblem.of(at, "quiz.weightRange", weight.toPlainString()));
            } else if (multiple
                    ? option.correct() != weight.signum() > 0
                    : option.correct() != (weight.compareTo(HUNDRED) == 0)) {
                problems.add(FieldProblem.of(at, "quiz.weightContradicts", weight.toPlainString()));
            }
            if (weight.signum() > 0) {
                positive = positive.add(weight);
            }
        }
        // 33.333 three times is 100 as far as Moodle is concerned.
        if (multiple && positive.subtract(HUNDRED).abs().compareTo(new BigDecimal("0.01")) > 0) {
            problems.add(FieldProblem.of(
                    path + "/options",
                    "quiz.weightsNot100",
                    positive.stripTrailingZeros().toPlainString()));
        }
    }

    private static void credit(String path, BigDecimal credit, List<FieldProblem> problems) {
        if (credit.signum() < 0 || credit.compareTo(HUNDRED) > 0) {
            problems.add(FieldProblem.of(path + "/credit", "quiz.creditRange", credit.toPlainString()));
        }
    }

    private static void entries(String path, List<String> ids, List<FieldProblem> problems) {
        var seen = new HashSet<String>();
        for (String id : ids) {
            if (!seen.add(id)) {
                problems.add(FieldProblem.of(path + "/" + id, "quiz.duplicateId", id));
            }
        }
        if (ids.size() < 2) {
            problems.add(FieldProblem.of(path, "quiz.tooFewEntries", 2));
        }
    }
}
