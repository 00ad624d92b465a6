package org.orienta.observation;

import org.orienta.people.PersonErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a person is erased, the free text about and by them goes: their comments on observations of
 * them and the observers' notes about them, and the notes they wrote as an observer. The answers stay,
 * so totals and reports do not change. Where their username was copied (who voided an observation, who
 * issued or revoked a visit link), the pseudonym takes its place.
 */
@Component
class ObservationErasure {

    private final ObservationRepository observations;
    private final VisitLinkRepository links;

    ObservationErasure(ObservationRepository observations, VisitLinkRepository links) {
        this.observations = observations;
        this.links = links;
    }

    @EventListener
    void erased(PersonErased event) {
        var id = event.person().value();
        observations.findByPersonIdOrderByObservedOnDescIdDesc(id).forEach(o -> {
            o.comment(null, o.recordedAt());
            o.eraseNotes();
        });
        observations.findByObserverIdOrderByObservedOnDescIdDesc(id).forEach(Observation::eraseNotes);
        observations
                .findByVoidedBy(event.formerUsername())
                .forEach(o -> o.renameVoider(event.formerUsername(), event.pseudonym()));
        links.issuedOrRevokedBy(event.formerUsername())
                .forEach(l -> l.rename(event.formerUsername(), event.pseudonym()));
    }
}
