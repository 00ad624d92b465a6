package org.orienta.quiz;

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
                case SingleChoice q ->
                    choices(path, q.options(), problems, correct -> correct != 1, "quiz.singleNeedsOneCorrect");
                case MultipleChoice q ->
                    choices(path, q.options(), problems, correct -> correct < 1, "quiz.noCorrectOption");
                case TrueFalse q -> {
                    // Nothing beyond its fields.
                }
                case NumericQuestion q -> {
                    if (q.tolerance().signum() < 0) {
                        problems.add(FieldProblem.of(path + "/tolerance", "quiz.negativeTolerance"));
                    }
                }
                case MatchingQuestion q ->
                    entries(
                            path + "/pairs",
                            q.pairs().stream().map(Question.Pair::id).toList(),
                            problems);
                case OrderingQuestion q ->
                    entries(
                            path + "/items",
                            q.items().stream().map(Question.Entry::id).toList(),
                            problems);
                case ShortAnswer q -> {
                    if (q.accepted().isEmpty()) {
                        problems.add(FieldProblem.of(path + "/accepted", "quiz.noAcceptedAnswer"));
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
