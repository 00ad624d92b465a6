package org.orienta.facilitation;

import org.jspecify.annotations.Nullable;
import org.orienta.people.PersonId;

/** One participant of a session as the facilitator sees them: who, where from, whether they came. */
public record ParticipantRow(
        PersonId person,
        String name,
        @Nullable String department,
        Attendance attendance,
        @Nullable Long observationId) {}
