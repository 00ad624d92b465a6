package org.orienta.progress.analytics;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Classical item analysis of assessed answers: facility (share correct), discrimination as the
 * point-biserial correlation between getting the item right and the rest of the attempt's score (the
 * item itself left out, so an item cannot correlate with itself), the distribution of answers and
 * the mean time. Items are flagged as too easy (facility above 0.9), too hard (below 0.2) or
 * discriminating negatively (strong trainees get it wrong more often than weak ones).
 */
public final class ItemStatistics {

    public static final double TOO_EASY = 0.9;
    public static final double TOO_HARD = 0.2;
    /** Below this many answers the figures are shown but not flagged: too few to judge. */
    public static final int MIN_RESPONSES = 10;

    /** One answer to one item within one attempt. */
    public record Response(
            long attempt,
            String item,
            boolean correct,
            String answer,
            @Nullable Double seconds) {}

    public enum Flag {
        TOO_EASY,
        TOO_HARD,
        NEGATIVE_DISCRIMINATION
    }

    /** The figures of one item. */
    public record ItemStat(
            String item,
            int responses,
            double facility,
            @Nullable Double discrimination,
            Map<String, Integer> answers,
            @Nullable Double meanSeconds,
            Set<Flag> flags) {

        public ItemStat {
            answers = Map.copyOf(answers);
            flags = flags.isEmpty() ? Set.of() : Set.copyOf(flags);
        }
    }

    private ItemStatistics() {}

    /** Figures per item, in the order items first appear in the responses. */
    public static List<ItemStat> compute(List<Response> responses, int minResponses) {
        var totals = new HashMap<Long, Integer>();
        var byItem = new LinkedHashMap<String, List<Response>>();
        for (Response r : responses) {
            totals.merge(r.attempt(), r.correct() ? 1 : 0, Integer::sum);
            byItem.computeIfAbsent(r.item(), k -> new ArrayList<>()).add(r);
        }
        var stats = new ArrayList<ItemStat>();
        for (var entry : byItem.entrySet()) {
            var answers = entry.getValue();
            int n = answers.size();
            double facility = answers.stream().filter(Response::correct).count() / (double) n;
            var discrimination = pointBiserial(answers, totals, facility);
            var distribution = new TreeMap<String, Integer>();
            answers.forEach(r -> distribution.merge(r.answer(), 1, Integer::sum));
            var seconds = answers.stream()
                    .map(Response::seconds)
                    .filter(java.util.Objects::nonNull)
                    .mapToDouble(Double::doubleValue)
                    .average();
            var flags = EnumSet.noneOf(Flag.class);
            if (n >= minResponses) {
                if (facility > TOO_EASY) {
                    flags.add(Flag.TOO_EASY);
                }
                if (facility < TOO_HARD) {
                    flags.add(Flag.TOO_HARD);
                }
                if (discrimination != null && discrimination < 0) {
                    flags.add(Flag.NEGATIVE_DISCRIMINATION);
                }
            }
            stats.add(new ItemStat(
                    entry.getKey(),
                    n,
                    facility,
                    discrimination,
                    distribution,
                    seconds.isPresent() ? seconds.getAsDouble() : null,
                    flags));
        }
        return stats;
    }

    /** r_pb = (M1 − M0) / s · √(p·q) over the rest scores; undefined when everyone (or no one) got it right. */
    static @Nullable Double pointBiserial(List<Response> answers, Map<Long, Integer> totals, double p) {
        if (p == 0 || p == 1) {
            return null;
        }
        var rest = new double[answers.size()];
        double sum1 = 0;
        double sum0 = 0;
        int n1 = 0;
        int n0 = 0;
        for (int i = 0; i < rest.length; i++) {
            var r = answers.get(i);
            rest[i] = Objects.requireNonNull(totals.get(r.attempt()), "every answer's attempt has its total")
                    - (r.correct() ? 1 : 0);
            if (r.correct()) {
                sum1 += rest[i];
                n1++;
            } else {
                sum0 += rest[i];
                n0++;
            }
        }
        double mean = java.util.Arrays.stream(rest).average().orElse(0);
        double variance = java.util.Arrays.stream(rest)
                .map(x -> (x - mean) * (x - mean))
                .average()
                .orElse(0);
        if (variance == 0) {
            return null;
        }
        return (sum1 / n1 - sum0 / n0) / Math.sqrt(variance) * Math.sqrt(p * (1 - p));
    }
}
