package org.orienta.progress;

import org.orienta.base.ItemRef;

/** What an attempt is about, for the view that shows it to pick the right player. */
public record AttemptOverview(AttemptId id, ItemRef item, int version, AttemptMode mode, AttemptStatus status) {}
