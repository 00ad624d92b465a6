package org.orienta.facilitation;

import java.time.Instant;
import org.orienta.base.LocalizedText;

/** A session as the trainers' list shows it. */
public record SessionRow(
        long id,
        String activityKey,
        LocalizedText title,
        Instant startsAt,
        int minutes,
        String place,
        String facilitator,
        int participants,
        int present,
        int observed,
        boolean cancelled) {}
