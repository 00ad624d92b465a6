package org.orienta.facilitation;

import java.time.LocalDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.orienta.people.PersonId;

/**
 * What a trainer fills in to schedule a session or change it.
 *
 * @param startsAt local time where Orienta runs (the organisation's clock)
 */
public record SessionDraft(
        @Nullable String activityKey,
        @Nullable LocalDateTime startsAt,
        String place,
        @Nullable PersonId facilitator,
        Set<PersonId> participants) {

    public SessionDraft {
        participants = Set.copyOf(participants);
    }
}
