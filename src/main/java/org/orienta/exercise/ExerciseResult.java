package org.orienta.exercise;

import java.util.List;

/**
 * How an answer scored.
 *
 * @param score the share of items answered correctly, from 0 to 1
 * @param items one result per item (part, step, pair) in the exercise's order; empty while awaiting review
 * @param awaitingReview true for free-text answers (rewrites, reflections), which a trainer scores
 */
public record ExerciseResult(double score, List<ItemResult> items, boolean awaitingReview) {

    public ExerciseResult {
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("a score is between 0 and 1, not " + score);
        }
        items = List.copyOf(items);
    }

    public static ExerciseResult pendingReview() {
        return new ExerciseResult(0, List.of(), true);
    }

    public record ItemResult(String id, boolean correct) {}
}
