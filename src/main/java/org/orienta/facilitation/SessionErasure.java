package org.orienta.facilitation;

import org.orienta.people.PersonErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a person is erased: a session keeps that they took part (like their evidence, so attendance
 * figures do not change), but where their name or username was copied (the facilitator's name, who
 * scheduled, changed or marked attendance) the pseudonym takes its place. Observations made in
 * sessions are erased by the observations' own listener.
 */
@Component
class SessionErasure {

    private final SessionRepository sessions;

    SessionErasure(SessionRepository sessions) {
        this.sessions = sessions;
    }

    @EventListener
    void erased(PersonErased event) {
        sessions.touchedBy(event.person().value(), event.formerUsername())
                .forEach(s -> s.erase(event.person(), event.formerUsername(), event.pseudonym()));
    }
}
