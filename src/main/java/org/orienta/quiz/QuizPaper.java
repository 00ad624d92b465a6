package org.orienta.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orienta.base.SeededShuffle;
import org.orienta.quiz.Question.Choice;
import org.orienta.quiz.Question.MatchingQuestion;
import org.orienta.quiz.Question.MultipleChoice;
import org.orienta.quiz.Question.OrderingQuestion;
import org.orienta.quiz.Question.SingleChoice;

/**
 * The questions one attempt asks, in order, with the order each question shows its options, right-hand
 * sides or items in. Drawn from the attempt's seed, so a reload, a restarted server, the review and the
 * trainer's view show the same paper.
 */
public record QuizPaper(List<Question> questions, Map<String, List<String>> displayOrder) {

    public QuizPaper {
        questions = List.copyOf(questions);
        displayOrder = Map.copyOf(displayOrder);
    }

    public static QuizPaper draw(QuizDefinition quiz, long seed) {
        var units = units(quiz.questions());
        var pool = new ArrayList<Question>();
        if (quiz.draw() != null && quiz.draw() < quiz.questions().size()) {
            // Which questions are asked is always random; their order only when the quiz allows.
            for (List<Question> unit : SeededShuffle.order(units, u -> false, seed, "draw")) {
                if (pool.size() + unit.size() <= quiz.draw()) {
                    pool.addAll(unit);
                }
            }
            if (!quiz.shuffle()) {
                pool.sort(Comparator.comparingInt(quiz.questions()::indexOf));
            } else {
                pool = new ArrayList<>(ordered(units(pool), seed));
            }
        } else {
            pool.addAll(quiz.shuffle() ? ordered(units, seed) : quiz.questions());
        }
        var order = new LinkedHashMap<String, List<String>>();
        for (Question question : pool) {
            order.put(question.id(), displayOrder(question, seed));
        }
        return new QuizPaper(pool, order);
    }

    /** The order this question shows its options (or right-hand sides, or items) in for this seed. */
    static List<String> displayOrder(Question question, long seed) {
        var name = "options:" + question.id();
        boolean shuffle = question.info().shuffleOptions();
        return switch (question) {
            case SingleChoice q -> choices(q.options(), shuffle, seed, name);
            case MultipleChoice q -> choices(q.options(), shuffle, seed, name);
            // Matching and ordering are always shown shuffled: in authored order they would answer themselves.
            case MatchingQuestion q -> {
                // Distractors are right-hand sides too, shuffled in among the others.
                var rights = new java.util.ArrayList<>(
                        q.pairs().stream().map(Question.Pair::id).toList());
                for (int i = 0; i < q.distractors().size(); i++) {
                    rights.add(MatchingQuestion.distractorId(i));
                }
                yield SeededShuffle.order(rights, id -> false, seed, name);
            }
            case OrderingQuestion q ->
                SeededShuffle.order(q.items().stream().map(Question.Entry::id).toList(), id -> false, seed, name);
            default -> List.of();
        };
    }

    private static List<String> choices(List<Choice> options, boolean shuffle, long seed, String name) {
        var shown = shuffle ? SeededShuffle.order(options, Choice::pin, seed, name) : options;
        return shown.stream().map(Choice::id).toList();
    }

    /**
     * The questions as units that move together: a question on its own, or every question of a group in
     * authored order, at the place of the group's first question.
     */
    static List<List<Question>> units(List<Question> questions) {
        var units = new ArrayList<List<Question>>();
        var groups = new LinkedHashMap<String, List<Question>>();
        for (Question question : questions) {
            var group = question.info().group();
            if (group == null) {
                units.add(List.of(question));
            } else {
                var unit = groups.get(group);
                if (unit == null) {
                    unit = new ArrayList<>();
                    groups.put(group, unit);
                    units.add(unit);
                }
                unit.add(question);
            }
        }
        return units;
    }

    private static List<Question> ordered(List<List<Question>> units, long seed) {
        return SeededShuffle.order(units, u -> false, seed, "questions").stream()
                .flatMap(List::stream)
                .toList();
    }

    public int maxPoints() {
        return questions.stream().mapToInt(Question::points).sum();
    }
}
