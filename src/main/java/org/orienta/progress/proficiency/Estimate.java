package org.orienta.progress.proficiency;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * What the evidence says about one competency: the level (null while there is not enough evidence),
 * the unrounded mean, how much recent evidence stands behind it, a confidence between 0 and 1, how many
 * pieces there are, and when the latest arrived. Advisory, and always explained by its evidence.
 */
@NamedInterface("proficiency")
public record Estimate(
        @Nullable Integer level,
        double mean,
        double effectiveEvidence,
        double confidence,
        int count,
        @Nullable Instant lastEvidence) {

    public boolean enoughEvidence() {
        return level != null;
    }
}
