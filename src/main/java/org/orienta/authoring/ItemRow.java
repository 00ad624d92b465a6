package org.orienta.authoring;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.orienta.base.Completeness;

/**
 * One row of the trainers' content list; {@code warnings} is the number of assessment-integrity warnings
 * of the text shown (the draft, else the published version), 0 for kinds the audit does not check;
 * {@code completeness} is how far that text is translated, per language.
 */
public record ItemRow(
        ContentKind kind,
        String key,
        String title,
        @Nullable Integer publishedVersion,
        boolean archived,
        boolean hasDraft,
        @Nullable String draftBy,
        Instant updatedAt,
        int warnings,
        Completeness completeness) {

    public Status status() {
        if (archived) {
            return Status.ARCHIVED;
        }
        if (publishedVersion == null) {
            return Status.DRAFT;
        }
        return hasDraft ? Status.PUBLISHED_WITH_CHANGES : Status.PUBLISHED;
    }

    public enum Status {
        DRAFT,
        PUBLISHED,
        PUBLISHED_WITH_CHANGES,
        ARCHIVED
    }
}
