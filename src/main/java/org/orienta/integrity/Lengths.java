package org.orienta.integrity;

import java.util.List;

/** Lengths of sibling options, in characters of their English text as the trainee reads it. */
final class Lengths {

    private Lengths() {}

    static int of(String text) {
        return text.strip().replaceAll("\\s+", " ").length();
    }

    /** Whether the option at {@code index} is longer than every other one. */
    static boolean strictlyLongest(List<Integer> lengths, int index) {
        for (int i = 0; i < lengths.size(); i++) {
            if (i != index && lengths.get(i) >= lengths.get(index)) {
                return false;
            }
        }
        return lengths.size() > 1;
    }

    /** The mean length of the option's siblings (every other option of the decision or question). */
    static double meanOfSiblings(List<Integer> lengths, int index) {
        if (lengths.size() < 2) {
            return 0;
        }
        int others = lengths.stream().mapToInt(Integer::intValue).sum() - lengths.get(index);
        return others / (double) (lengths.size() - 1);
    }

    static boolean outlier(List<Integer> lengths, int index) {
        return lengths.size() > 1
                && lengths.get(index) > IntegrityAudit.MAX_OUTLIER_FACTOR * meanOfSiblings(lengths, index);
    }

    /** The index of the longest entry; the first of equals. */
    static int longest(List<Integer> lengths) {
        int best = 0;
        for (int i = 1; i < lengths.size(); i++) {
            if (lengths.get(i) > lengths.get(best)) {
                best = i;
            }
        }
        return best;
    }
}
