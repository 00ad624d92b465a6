package org.orienta.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.orienta.quiz.Question.MatchingQuestion;
import org.orienta.quiz.Question.MultipleChoice;
import org.orienta.quiz.Question.OrderingQuestion;
import org.orienta.quiz.Question.SingleChoice;

/**
 * The questions one attempt asks, in order, with the order each question shows its options, right-hand
 * sides or items in. Drawn from the attempt's seed, so a reload or a restarted server shows the same paper.
 */
public record QuizPaper(List<Question> questions, Map<String, List<String>> displayOrder) {

    public QuizPaper {
        questions = List.copyOf(questions);
        displayOrder = Map.copyOf(displayOrder);
    }

    public static QuizPaper draw(QuizDefinition quiz, long seed) {
        var random = new Random(seed);
        var pool = new ArrayList<>(quiz.questions());
        if (quiz.draw() != null && quiz.draw() < pool.size()) {
            Collections.shuffle(pool, random);
            var drawn = new ArrayList<>(pool.subList(0, quiz.draw()));
            if (!quiz.shuffle()) {
                // Drawn but not shuffled: keep the authored order of the questions that were drawn.
                drawn.sort(java.util.Comparator.comparingInt(quiz.questions()::indexOf));
            }
            pool = drawn;
        } else if (quiz.shuffle()) {
            Collections.shuffle(pool, random);
        }
        var order = new LinkedHashMap<String, List<String>>();
        for (Question question : pool) {
            var ids = switch (question) {
                case SingleChoice q ->
                    q.options().stream().map(Question.Choice::id).toList();
                case MultipleChoice q ->
                    q.options().stream().map(Question.Choice::id).toList();
                case MatchingQuestion q ->
                    q.pairs().stream().map(Question.Pair::id).toList();
                // Ordering questions are always shown shuffled: in authored order they would answer themselves.
                case OrderingQuestion q ->
                    q.items().stream().map(Question.Entry::id).toList();
                default -> List.<String>of();
            };
            var shown = new ArrayList<>(ids);
            if (quiz.shuffle() || question instanceof OrderingQuestion || question instanceof MatchingQuestion) {
                Collections.shuffle(shown, random);
            }
            order.put(question.id(), shown);
        }
        return new QuizPaper(pool, order);
    }

    public int maxPoints() {
        return questions.stream().mapToInt(Question::points).sum();
    }
}
