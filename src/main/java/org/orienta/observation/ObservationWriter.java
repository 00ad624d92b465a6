package org.orienta.observation;

import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.orienta.base.FieldProblem;
import org.orienta.base.InvalidInputException;
import org.orienta.checklist.ChecklistDefinition;
import org.orienta.checklist.ChecklistService;
import org.orienta.progress.proficiency.EvidenceRecorder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes an observation whose observer has already been let through and counts its evidence, all or
 * nothing. Two doors lead here: {@link ObservationService#record} for accounts (who may observe whom)
 * and {@link VisitLinkService#submit} for a valid single-use link; both write the same rows with the same
 * weights, so a visit is the same evidence whichever way it came.
 */
@Component
class ObservationWriter {

    private final ObservationRepository observations;
    private final ChecklistService checklists;
    private final EvidenceRecorder recorder;
    private final Clock clock;

    ObservationWriter(
            ObservationRepository observations, ChecklistService checklists, EvidenceRecorder recorder, Clock clock) {
        this.observations = observations;
        this.checklists = checklists;
        this.recorder = recorder;
        this.clock = clock;
    }

    /**
     * Rejected ({@link InvalidInputException}) when the answers do not fit the checklist version.
     *
     * @param linkLabel the label of the single-use link the visit came through, or null for an account
     */
    @Transactional
    public ObservationId write(NewObservation observation, @Nullable String linkLabel) {
        var checklist = checklist(observation.checklistKey(), observation.checklistVersion());
        var problems = ObservationRules.check(observation, checklist, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var now = clock.instant();
        var saved = observations.save(
                linkLabel == null
                        ? new Observation(observation, now)
                        : Observation.throughLink(observation, linkLabel, now));
        for (var piece : ObservationEvidence.pieces(saved, checklist)) {
            recorder.recordObserved(piece);
        }
        return saved.id();
    }

    private ChecklistDefinition checklist(String key, int version) {
        try {
            return checklists.version(key, version);
        } catch (RuntimeException missing) {
            throw new InvalidInputException(FieldProblem.of("checklist", "observation.unknownChecklist", key, version));
        }
    }
}
