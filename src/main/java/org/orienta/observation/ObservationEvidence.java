package org.orienta.observation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.checklist.ChecklistDefinition;
import org.orienta.checklist.ChecklistService;
import org.orienta.people.PersonId;
import org.orienta.progress.proficiency.EvidenceSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rule that turns an observation into evidence (ADR 0039), and the observations the proficiency
 * rebuild counts again: every answered behaviour of every observation not voided that names a person.
 */
@Component
class ObservationEvidence implements EvidenceSource {

    private final ObservationRepository observations;
    private final ChecklistService checklists;

    ObservationEvidence(ObservationRepository observations, ChecklistService checklists) {
        this.observations = observations;
        this.checklists = checklists;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Piece> counted(@Nullable PersonId person) {
        var found = person == null ? observations.counted() : observations.countedFor(person.value());
        var pieces = new ArrayList<Piece>();
        for (var observation : found) {
            pieces.addAll(pieces(
                    observation, checklists.version(observation.checklistKey(), observation.checklistVersion())));
        }
        return pieces;
    }

    /**
     * Each answered behaviour shows each of its competencies at the level the answer gives (done: the
     * behaviour's level, partly: one lower, not done: the lowest, not observed: nothing), weighted by the
     * source and dated when it was seen.
     */
    static List<Piece> pieces(Observation observation, ChecklistDefinition checklist) {
        var person = observation.person();
        if (person == null) {
            return List.of();
        }
        var at = evidenceTime(observation.observedOn(), observation.recordedAt());
        var weight = observation.source().weight();
        var origin = observation.source().origin();
        var pieces = new ArrayList<Piece>();
        for (var answer : observation.answers()) {
            var behaviour = checklist.behaviour(answer.behaviourId());
            if (behaviour.isEmpty()) {
                continue;
            }
            for (var claim : behaviour.get().evidence()) {
                var shown = answer.answer().evidence(claim);
                if (shown.isPresent()) {
                    pieces.add(new Piece(person, shown.get(), weight, at, origin));
                }
            }
        }
        return pieces;
    }

    /**
     * When the evidence happened: the moment it was recorded when that was on the day it was seen,
     * otherwise the start of that day (UTC), so a visit entered a week late ages from the visit. Both come
     * from stored fields, so a rebuild dates it the same.
     */
    static Instant evidenceTime(LocalDate observedOn, Instant recordedAt) {
        return observedOn.equals(LocalDate.ofInstant(recordedAt, ZoneOffset.UTC))
                ? recordedAt
                : observedOn.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
