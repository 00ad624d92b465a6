package org.orienta.progress.attempt;

import org.jspecify.annotations.Nullable;
import org.orienta.base.ItemRef;

/**
 * What an attempt is about, for the view that shows it to pick the right player.
 *
 * @param moduleKey the module it was started from, whose next item the player offers at the end; null
 *     when it was started outside a module
 */
public record AttemptOverview(
        AttemptId id,
        ItemRef item,
        int version,
        AttemptMode mode,
        AttemptStatus status,
        @Nullable String moduleKey) {}
