package org.orienta.ownwords;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.orienta.ownwords.LevelSuggestion.Basis;

/**
 * The rule that turns an answer's closeness to rated answers into a suggested level, without any model:
 * testable with made-up numbers (docs/decisions/0045). The closest rated answers vote for the level
 * they were given, each with its similarity; the model answer counts as {@link #MODEL_VOTES} votes,
 * because its author wrote it to show the level. Confidence is the winning level's share of the votes
 * a full set of {@link #NEIGHBOURS} close answers would cast, so one close answer alone never reads as
 * certain.
 */
final class LevelRules {

    /** How many of the closest rated answers vote. */
    static final int NEIGHBOURS = 5;

    /**
     * The similarity a reviewed answer needs to vote. Answers to the same cold reply or question share
     * their topic, so most lie above it; below it an answer says something else.
     */
    static final double CLOSE = 0.55;

    /**
     * The similarity the model answer needs to vote: a paraphrase of it, not an answer on the same
     * topic, or every answer that mentions the refund would be suggested the model answer's level.
     */
    static final double MODEL_CLOSE = 0.7;

    /** The model answer's weight, in votes of a reviewed answer. */
    static final double MODEL_VOTES = 2;

    private LevelRules() {}

    /**
     * @param similarity the answer's similarity to a rated answer, -1..1
     * @param level the level that answer was given for the criterion
     * @param model whether it is the model answer
     */
    record Neighbour(double similarity, int level, boolean model) {}

    /**
     * @param neighbours every rated answer for one criterion with its similarity to the answer
     * @param minimumReviewed how many reviewed answers are enough to go by without a model answer
     */
    static LevelSuggestion suggest(List<Neighbour> neighbours, int minimumReviewed) {
        if (!enough(neighbours, minimumReviewed)) {
            return LevelSuggestion.none(Basis.TOO_LITTLE_BASIS);
        }
        var close = new ArrayList<Neighbour>();
        for (Neighbour n : neighbours) {
            if (n.similarity() >= (n.model() ? MODEL_CLOSE : CLOSE)) {
                close.add(n);
            }
        }
        // Stable: on equal similarity the order given (newest reviewed first) decides.
        close.sort(Comparator.comparingDouble(Neighbour::similarity).reversed());
        var voters = close.subList(0, Math.min(NEIGHBOURS, close.size()));
        if (voters.isEmpty()) {
            return LevelSuggestion.none(Basis.NOTHING_CLOSE);
        }
        var weights = new TreeMap<Integer, Double>();
        double votes = 0;
        double total = 0;
        for (Neighbour n : voters) {
            double count = n.model() ? MODEL_VOTES : 1;
            double weight = n.similarity() * count;
            weights.merge(n.level(), weight, Double::sum);
            votes += count;
            total += weight;
        }
        // On a tie the lower level wins: a hint that errs low is checked, one that errs high is waved through.
        int level = 0;
        double best = -1;
        for (var entry : weights.entrySet()) {
            if (entry.getValue() > best) {
                level = entry.getKey();
                best = entry.getValue();
            }
        }
        double missing = Math.max(0, NEIGHBOURS - votes) * CLOSE;
        double confidence = best / (total + missing);
        int at = level;
        int closeAnswers =
                (int) voters.stream().filter(n -> !n.model() && n.level() == at).count();
        boolean closeToModel = voters.stream().anyMatch(n -> n.model() && n.level() == at);
        return new LevelSuggestion(Basis.SUGGESTED, level, confidence, closeAnswers, closeToModel, null);
    }

    /** A model answer, or at least {@code minimumReviewed} reviewed answers, to go by. */
    static boolean enough(List<Neighbour> neighbours, int minimumReviewed) {
        return neighbours.stream().anyMatch(Neighbour::model)
                || neighbours.stream().filter(n -> !n.model()).count() >= minimumReviewed;
    }

    /**
     * How close an answer is to a rated one: the mean, over the items the rated answer has text for,
     * of the cosine similarity of the two texts; an item the answer left empty counts as 0. Empty when
     * the rated answer has no text at all (an erased answer).
     */
    static OptionalDouble similarity(Map<String, float[]> answer, Map<String, float[]> rated) {
        if (rated.isEmpty()) {
            return OptionalDouble.empty();
        }
        double sum = 0;
        for (var entry : rated.entrySet()) {
            var mine = answer.get(entry.getKey());
            if (mine != null) {
                sum += Embedder.cosine(mine, entry.getValue());
            }
        }
        return OptionalDouble.of(sum / rated.size());
    }
}
