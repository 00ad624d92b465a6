package org.orienta.observation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.orienta.base.LocalizedText;

/**
 * A single-use visit link as administrators see it in the list.
 *
 * @param target the branch's name, or the person's name
 * @param personTarget whether the target is a person rather than a branch
 */
public record VisitLinkRow(
        long id,
        String label,
        String target,
        boolean personTarget,
        LocalizedText checklistTitle,
        String createdBy,
        Instant createdAt,
        Instant expiresAt,
        VisitLinkState state,
        @Nullable Instant usedAt) {}
