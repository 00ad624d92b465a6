package org.orienta.ownwords;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.orienta.base.SeededShuffle;
import org.orienta.ownwords.ReplyMatch.Candidate;
import org.orienta.ownwords.ReplyMatch.Verdict;

/**
 * The rules that turn similarities into a verdict, without any model: testable with made-up numbers.
 * An option's similarity to a reply is its closest reference (its text or one of its examples); the
 * confidence is its share of a softmax over the options, so it says how clearly one option wins, not
 * how close it is. A reply is off-topic when even the closest reference is below the floor, unclear
 * when the winner's confidence is below the threshold.
 */
final class MatchRules {

    /**
     * The softmax temperature: cosine similarities of one decision's options lie within a few hundredths
     * of each other, so a low temperature turns a margin of 0.05 into a clear preference.
     */
    static final double TEMPERATURE = 0.04;

    /** The most options offered again after an unclear reply: the ones it was torn between. */
    static final int CLOSEST = 3;

    /** Below this share an option is not among the closest an unclear reply is offered. */
    static final double CLOSE_SHARE = 0.12;

    private MatchRules() {}

    /** @param similarities each option's similarity, by option id, in authored order */
    static ReplyMatch decide(Map<String, Double> similarities, Thresholds thresholds) {
        if (similarities.isEmpty()) {
            return new ReplyMatch(Verdict.OFF_TOPIC, null, 0, List.of());
        }
        double best = similarities.values().stream()
                .mapToDouble(Double::doubleValue)
                .max()
                .orElseThrow();
        double sum = 0;
        for (double similarity : similarities.values()) {
            sum += Math.exp((similarity - best) / TEMPERATURE);
        }
        var ranked = new ArrayList<Candidate>();
        for (var entry : similarities.entrySet()) {
            double weight = Math.exp((entry.getValue() - best) / TEMPERATURE);
            ranked.add(new Candidate(entry.getKey(), entry.getValue(), weight / sum));
        }
        // Stable: on a tie the authored order decides, never the hash order.
        ranked.sort(Comparator.comparingDouble(Candidate::similarity).reversed());
        var top = ranked.getFirst();
        if (top.similarity() < thresholds.floor()) {
            return new ReplyMatch(Verdict.OFF_TOPIC, null, top.confidence(), ranked);
        }
        if (top.confidence() < thresholds.threshold()) {
            return new ReplyMatch(Verdict.UNCLEAR, null, top.confidence(), ranked);
        }
        return new ReplyMatch(Verdict.MATCHED, top.optionId(), top.confidence(), ranked);
    }

    /**
     * The options a trainee chooses from after the matcher abstained, in an order that does not give
     * away the ranking: after an unclear reply the few it was torn between (at least two), after an
     * off-topic one all of them.
     *
     * @param offered the options the decision offers now, in the attempt's order
     */
    static List<String> fallback(ReplyMatch match, List<String> offered, long seed, String key) {
        List<String> chosen;
        if (match.verdict() == Verdict.UNCLEAR) {
            var close = new ArrayList<String>();
            for (Candidate candidate : match.ranked()) {
                if (offered.contains(candidate.optionId())
                        && close.size() < CLOSEST
                        && (close.size() < 2 || candidate.confidence() >= CLOSE_SHARE)) {
                    close.add(candidate.optionId());
                }
            }
            chosen = close;
        } else {
            chosen = offered;
        }
        return SeededShuffle.order(chosen, id -> false, seed, "own-words:" + key);
    }

    /**
     * @param threshold the confidence a match needs; below it the matcher abstains
     * @param floor the similarity the closest option needs; below it the reply is off-topic
     */
    record Thresholds(double threshold, double floor) {

        Thresholds {
            check(threshold, floor);
        }

        /** Refuses values no matching could use, with the setting's name, at start-up. */
        static void check(double threshold, double floor) {
            if (threshold <= 0 || threshold >= 1) {
                throw new IllegalArgumentException(
                        "orienta.own-words.threshold must lie between 0 and 1 (exclusive), not " + threshold);
            }
            if (floor < -1 || floor >= 1) {
                throw new IllegalArgumentException("orienta.own-words.floor must lie between -1 and 1, not " + floor);
            }
        }
    }
}
