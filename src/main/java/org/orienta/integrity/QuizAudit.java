package org.orienta.integrity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.orienta.base.ItemKind;
import org.orienta.base.yaml.ReadContext;
import org.orienta.base.yaml.YamlValue;
import org.orienta.quiz.Question;
import org.orienta.quiz.Question.Choice;
import org.orienta.quiz.Question.MultipleChoice;
import org.orienta.quiz.Question.SingleChoice;
import org.orienta.quiz.QuestionAnswer.ChosenOption;
import org.orienta.quiz.QuizDefinition;
import org.orienta.quiz.QuizPaper;
import org.orienta.quiz.QuizScoring;

/**
 * The audit's rules for one quiz. The cues and strategies concern single-choice questions, where one
 * option is right; the length outlier concerns every question with options.
 */
final class QuizAudit {

    private QuizAudit() {}

    /**
     * With {@code shuffled} per question id given (the engine may not read the flag yet, the rule must work
     * already), and without the random runs unless {@code play}.
     */
    static ItemAudit audit(
            String file,
            String text,
            YamlValue document,
            ReadContext context,
            QuizDefinition quiz,
            java.util.function.Predicate<String> shuffled,
            boolean play) {
        var warnings = new ArrayList<AuditWarning>();
        var single = quiz.questions().stream()
                .filter(SingleChoice.class::isInstance)
                .map(SingleChoice.class::cast)
                .toList();
        var longestCorrect = new ArrayList<String>();
        var positions = new HashMap<Integer, List<String>>();
        int unshuffled = 0;
        int longestRight = 0;
        int firstRight = 0;
        int threeOptions = 0;
        for (SingleChoice question : single) {
            var options = question.options();
            if (options.size() >= IntegrityAudit.MIN_OPTIONS) {
                threeOptions++;
            }
            var lengths = lengths(options);
            int correct = firstCorrect(options);
            if (correct >= 0 && Lengths.strictlyLongest(lengths, correct)) {
                longestCorrect.add(question.id());
            }
            if (!options.isEmpty()) {
                longestRight += right(question, options.get(Lengths.longest(lengths)));
                firstRight += right(question, options.getFirst());
            }
            if (correct >= 0 && !shuffled.test(question.id())) {
                unshuffled++;
                positions.computeIfAbsent(correct, i -> new ArrayList<>()).add(question.id());
            }
        }
        for (Question question : quiz.questions()) {
            var options = switch (question) {
                case SingleChoice q -> q.options();
                case MultipleChoice q -> q.options();
                default -> List.<Choice>of();
            };
            var lengths = lengths(options);
            for (int i = 0; i < options.size(); i++) {
                if (Lengths.outlier(lengths, i)) {
                    warnings.add(new AuditWarning(
                            file,
                            context.positionOf("questions/" + question.id() + "/options/"
                                    + options.get(i).id() + "/text"),
                            AuditRule.LENGTH_OUTLIER,
                            "integrity.lengthOutlier",
                            List.of(lengths.get(i), Math.round(Lengths.meanOfSiblings(lengths, i)))));
                }
            }
        }
        if (!single.isEmpty() && longestCorrect.size() > IntegrityAudit.MAX_LONGEST_BEST * single.size()) {
            warnings.add(new AuditWarning(
                    file,
                    context.positionOf("questions/" + longestCorrect.getFirst()),
                    AuditRule.LENGTH_CUE,
                    "integrity.lengthCueQuiz",
                    List.of(
                            longestCorrect.size(),
                            single.size(),
                            IntegrityAudit.percent(longestCorrect.size(), single.size()),
                            ids(longestCorrect))));
        }
        int compared = unshuffled;
        positions.entrySet().stream()
                .max(Map.Entry.comparingByValue(java.util.Comparator.comparingInt(List::size)))
                .filter(e -> compared > 1 && e.getValue().size() > IntegrityAudit.MAX_SAME_POSITION * compared)
                .ifPresent(e -> warnings.add(new AuditWarning(
                        file,
                        context.positionOf("questions/" + e.getValue().getFirst()),
                        AuditRule.POSITION_CUE,
                        "integrity.positionCueQuiz",
                        List.of(
                                e.getKey() + 1,
                                e.getValue().size(),
                                compared,
                                IntegrityAudit.percent(e.getValue().size(), compared),
                                ids(e.getValue())))));
        warnings.addAll(Citations.find(file, text, document));
        return new ItemAudit(
                file,
                ItemKind.QUIZ,
                quiz.id(),
                single.size(),
                threeOptions,
                play ? new NaiveStrategies.Quiz(single.size(), longestRight, firstRight, random(quiz)) : null,
                warnings);
    }

    /**
     * The share of single-choice questions random clicking answers right, over papers the quiz engine
     * draws (its pool, draw and order) and scored by its scoring, each run with its own seed.
     */
    static double random(QuizDefinition quiz) {
        int asked = 0;
        int right = 0;
        for (int run = 0; run < Simulation.RANDOM_RUNS; run++) {
            long seed = Simulation.SEED + run;
            var random = new Random(seed);
            var paper = QuizPaper.draw(quiz, seed);
            for (Question question : paper.questions()) {
                if (question instanceof SingleChoice) {
                    var shown = paper.displayOrder().get(question.id());
                    if (shown == null || shown.isEmpty()) {
                        continue;
                    }
                    asked++;
                    var answer = new ChosenOption(shown.get(random.nextInt(shown.size())));
                    if (QuizScoring.score(question, answer).correct()) {
                        right++;
                    }
                }
            }
        }
        return asked == 0 ? 0 : (double) right / asked;
    }

    private static int right(SingleChoice question, Choice choice) {
        return QuizScoring.score(question, new ChosenOption(choice.id())).correct() ? 1 : 0;
    }

    private static int firstCorrect(List<Choice> options) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).correct()) {
                return i;
            }
        }
        return -1;
    }

    private static List<Integer> lengths(List<Choice> options) {
        return options.stream().map(o -> Lengths.of(o.text().english())).toList();
    }

    private static String ids(List<String> ids) {
        return ids.size() <= 5 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 5)) + ", …";
    }
}
