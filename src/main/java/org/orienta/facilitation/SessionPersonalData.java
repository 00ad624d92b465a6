package org.orienta.facilitation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.orienta.people.PersonId;
import org.orienta.people.PersonalDataPart;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facilitated sessions of a person in their data download: those they were on the list of (with
 * their attendance and the observation recorded for them) and those they facilitated.
 */
@Component
class SessionPersonalData implements PersonalDataPart {

    private final SessionRepository sessions;

    SessionPersonalData(SessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    public String name() {
        return "sessions";
    }

    @Override
    public List<String> columns() {
        return List.of(
                "session",
                "activity",
                "version",
                "starts_at",
                "minutes",
                "place",
                "facilitator",
                "your_part",
                "attendance",
                "marked_at",
                "observation",
                "cancelled_at");
    }

    @Override
    @Transactional(readOnly = true)
    public List<List<String>> rows(PersonId person) {
        var rows = new ArrayList<Row>();
        for (var s : sessions.findByParticipant(person.value())) {
            var participant = s.participant(person).orElseThrow();
            var observation = participant.observationId();
            var marked = participant.markedAt();
            rows.add(new Row(
                    s,
                    "PARTICIPANT",
                    participant.attendance().name(),
                    marked == null ? "" : marked.toString(),
                    observation == null ? "" : observation.toString()));
        }
        for (var s : sessions.findByFacilitatorIdOrderByStartsAtAsc(person.value())) {
            rows.add(new Row(s, "FACILITATOR", "", "", ""));
        }
        rows.sort(Comparator.comparing((Row r) -> r.session().startsAt())
                .thenComparing(r -> r.session().id()));
        return rows.stream().map(Row::values).toList();
    }

    private record Row(
            FacilitatedSession session, String part, String attendance, String markedAt, String observation) {

        List<String> values() {
            var cancelled = session.cancelledAt();
            return List.of(
                    Long.toString(session.id()),
                    session.activityKey(),
                    Integer.toString(session.activityVersion()),
                    session.startsAt().toString(),
                    Integer.toString(session.minutes()),
                    session.place(),
                    session.facilitatorName(),
                    part,
                    attendance,
                    markedAt,
                    observation,
                    cancelled == null ? "" : cancelled.toString());
        }
    }
}
