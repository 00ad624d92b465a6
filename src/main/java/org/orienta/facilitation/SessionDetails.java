package org.orienta.facilitation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.orienta.activity.ActivityDefinition;
import org.orienta.people.PersonId;

/**
 * One session with everything its page and its printouts show.
 *
 * @param version the optimistic lock a change or cancellation must name
 * @param refusal why attendance cannot be taken now (a message key); null when it can
 */
public record SessionDetails(
        long id,
        long version,
        ActivityDefinition activity,
        int activityVersion,
        Instant startsAt,
        int minutes,
        String place,
        PersonId facilitator,
        String facilitatorName,
        boolean cancelled,
        @Nullable String cancelReason,
        List<ParticipantRow> participants,
        List<SessionGroups.Group> groups,
        @Nullable String refusal) {

    public SessionDetails {
        participants = List.copyOf(participants);
        groups = List.copyOf(groups);
    }

    public Optional<ParticipantRow> participant(PersonId person) {
        return participants.stream().filter(p -> p.person().equals(person)).findFirst();
    }

    /** The name a group's member goes by on this session's list. */
    public String name(PersonId person) {
        return participant(person).map(ParticipantRow::name).orElse("?");
    }
}
