package org.orienta.base;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Where one content item stands: its published version (if any), its newest version, whether it is archived. */
public record ItemHead(
        String key, @Nullable Integer publishedVersion, int latestVersion, boolean archived, Instant updatedAt) {}
