package org.orienta.observation;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.orienta.checklist.PublishedChecklist;

/**
 * What opening a visit link shows. Only an open link says anything about its target; an unknown, expired
 * or revoked one is one and the same answer, so a guess learns nothing.
 */
public sealed interface VisitLinkOpening {

    /** The form for the link's target: its branch, the person if the link names one, the checklist. */
    record Form(String branch, @Nullable String person, PublishedChecklist checklist, Instant expiresAt)
            implements VisitLinkOpening {}

    /** The link recorded its visit already. */
    record Used() implements VisitLinkOpening {}

    /** No such link, or no longer valid (expired or revoked). */
    record Closed() implements VisitLinkOpening {}

    /** Too many unknown links were tried from this address: it must wait before trying again. */
    record Wait(Duration delay) implements VisitLinkOpening {}
}
