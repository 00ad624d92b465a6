package org.orienta.observation;

import org.orienta.people.PersonErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a person is erased, the free text about and by them goes: their comments on observations of
 * them and the observers' notes about them, and the notes they wrote as an observer. The answers stay, so totals and reports do not change.
 */
@Component
class ObservationErasure {

    private final ObservationRepository observations;

    ObservationErasure(ObservationRepository observations) {
        this.observations = observations;
    }

    @EventListener
    void erased(PersonErased event) {
        var id = event.person().value();
        observations.findByPersonIdOrderByObservedOnDescIdDesc(id).forEach(o -> {
            o.comment(null, o.recordedAt());
            o.eraseNotes();
        });
        observations.findByObserverIdOrderByObservedOnDescIdDesc(id).forEach(Observation::eraseNotes);
    }
}
