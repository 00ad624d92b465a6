package org.orienta.authoring;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A draft as an editor holds it. {@code lock} is what the next save must name: a save based on an older
 * lock is refused, so two trainers never silently overwrite each other. {@link #NEW} means "not saved
 * yet" (a fresh copy of the published version).
 */
public record Draft(
        ContentKind kind,
        String key,
        String body,
        @Nullable Integer basedOn,
        long lock,
        @Nullable String updatedBy,
        @Nullable Instant updatedAt) {

    public static final long NEW = -1;

    public boolean saved() {
        return lock != NEW;
    }
}
