package org.orienta.authoring;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of the trainers' content list. */
public record ItemRow(
        ContentKind kind,
        String key,
        String title,
        @Nullable Integer publishedVersion,
        boolean archived,
        boolean hasDraft,
        @Nullable String draftBy,
        Instant updatedAt) {

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
