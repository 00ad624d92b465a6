package org.orienta.facilitation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.orienta.people.PersonId;

/** One person on a session's list: whether they came, and the observation recorded for them. */
@Entity
@Table(name = "session_participant")
class SessionParticipant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private @Nullable FacilitatedSession session;

    private long personId;

    @Enumerated(EnumType.STRING)
    private Attendance attendance = Attendance.UNMARKED;

    private @Nullable String markedBy;
    private @Nullable Instant markedAt;
    private @Nullable Long observationId;

    protected SessionParticipant() {
        // For Hibernate
    }

    SessionParticipant(FacilitatedSession session, PersonId person) {
        this.session = session;
        this.personId = person.value();
    }

    PersonId person() {
        return new PersonId(personId);
    }

    Attendance attendance() {
        return attendance;
    }

    @Nullable Long observationId() {
        return observationId;
    }

    @Nullable Instant markedAt() {
        return markedAt;
    }

    AttendanceRules.Mark mark() {
        return new AttendanceRules.Mark(attendance, observationId != null);
    }

    void mark(Attendance attendance, String by, Instant now) {
        this.attendance = attendance;
        this.markedBy = by;
        this.markedAt = now;
    }

    void renameMarker(String former, String pseudonym) {
        if (former.equals(markedBy)) {
            markedBy = pseudonym;
        }
    }

    void observed(long observationId) {
        this.observationId = observationId;
    }
}
