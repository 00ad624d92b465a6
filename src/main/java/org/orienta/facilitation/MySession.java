package org.orienta.facilitation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.orienta.base.LocalizedText;

/** A session as the participant sees it in My training. */
public record MySession(
        long id,
        LocalizedText title,
        LocalizedText goal,
        Instant startsAt,
        int minutes,
        String place,
        String facilitator,
        boolean cancelled,
        Attendance attendance,
        @Nullable Long observationId) {}
