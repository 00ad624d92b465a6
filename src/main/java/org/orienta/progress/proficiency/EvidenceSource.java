package org.orienta.progress.proficiency;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.competency.Evidence;
import org.orienta.people.PersonId;
import org.springframework.modulith.NamedInterface;

/**
 * Evidence a module keeps itself rather than in attempts (observations, ADR 0039). It adds each piece to
 * the totals through {@link EvidenceRecorder#recordObserved} as it happens; a rebuild asks every source
 * for the pieces that count, so rebuilt totals equal the running ones.
 */
@NamedInterface("proficiency")
public interface EvidenceSource {

    /** The pieces that count now (not voided) for one person, or for everyone when {@code person} is null. */
    List<Piece> counted(@Nullable PersonId person);

    /**
     * One piece: who showed what, with its weight, dated when it happened, and which observation source
     * it came from (its totals are kept apart too, so reports can filter by source, ADR 0046).
     */
    record Piece(PersonId person, Evidence claim, double weight, Instant at, EvidenceOrigin origin) {

        public Piece {
            if (!origin.observed()) {
                throw new IllegalArgumentException("a source keeps observed evidence; training is kept in attempts");
            }
        }
    }
}
