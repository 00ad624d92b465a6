package org.orienta.ownwords;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a typed reply goes: to one option ({@link Verdict#MATCHED}), or nowhere, because two options are
 * about as close ({@link Verdict#UNCLEAR}) or none is close at all ({@link Verdict#OFF_TOPIC}).
 *
 * @param optionId the matched option; null when the matcher abstains
 * @param confidence the matched (or closest) option's share of the evidence, 0..1
 * @param ranked every option considered, closest first
 */
public record ReplyMatch(Verdict verdict, @Nullable String optionId, double confidence, List<Candidate> ranked) {

    public enum Verdict {
        MATCHED,
        UNCLEAR,
        OFF_TOPIC
    }

    /** One option's closeness to the reply: cosine similarity and its share of the evidence. */
    public record Candidate(String optionId, double similarity, double confidence) {}

    public ReplyMatch {
        ranked = List.copyOf(ranked);
    }

    public boolean matched() {
        return verdict == Verdict.MATCHED;
    }

    /** The closest option, matched or not; null only when there was none to consider. */
    public @Nullable String closest() {
        return ranked.isEmpty() ? null : ranked.getFirst().optionId();
    }

    /** The similarity of the closest option (0 without options). */
    public double bestSimilarity() {
        return ranked.isEmpty() ? 0 : ranked.getFirst().similarity();
    }
}
