package org.orienta.progress;

import java.time.Instant;
import java.util.List;
import org.orienta.competency.Evidence;
import org.orienta.people.PersonId;
import org.orienta.progress.attempt.AttemptId;

/**
 * A step was committed together with the evidence it produced. Published inside the step's
 * transaction, so listeners that keep aggregates up to date commit or roll back with it.
 */
public record StepRecorded(
        PersonId trainee, AttemptId attempt, boolean assessed, List<Evidence> evidence, Instant recordedAt) {

    public StepRecorded {
        evidence = List.copyOf(evidence);
    }
}
