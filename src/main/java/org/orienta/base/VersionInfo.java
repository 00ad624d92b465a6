package org.orienta.base;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One numbered version of a content item, for its history. */
public record VersionInfo(
        int number,
        VersionStatus status,
        String createdBy,
        Instant createdAt,
        @Nullable Instant publishedAt) {}
