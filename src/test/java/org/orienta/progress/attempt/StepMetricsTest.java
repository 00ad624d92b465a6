package org.orienta.progress.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orienta.competency.CompetencyCode;
import org.orienta.competency.Evidence;
import org.orienta.people.PersonId;
import org.orienta.progress.StepRecorded;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

class StepMetricsTest {

    @Test
    void a_step_is_timed_when_its_transaction_ends_with_the_outcome() {
        var registry = new SimpleMeterRegistry();
        var metrics = new StepMetrics(registry);
        for (int status :
                new int[] {TransactionSynchronization.STATUS_COMMITTED, TransactionSynchronization.STATUS_ROLLED_BACK
                }) {
            TransactionSynchronizationManager.initSynchronization();
            try {
                metrics.start("choice");
                TransactionSynchronizationUtils.invokeAfterCompletion(
                        TransactionSynchronizationManager.getSynchronizations(), status);
            } finally {
                TransactionSynchronizationManager.clearSynchronization();
            }
        }

        assertThat(registry.find("orienta.step")
                        .tag("kind", "choice")
                        .tag("outcome", "committed")
                        .timer()
                        .count())
                .isEqualTo(1);
        assertThat(registry.find("orienta.step")
                        .tag("outcome", "rolled-back")
                        .timer()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void outside_a_transaction_nothing_is_timed() {
        var registry = new SimpleMeterRegistry();
        new StepMetrics(registry).start("choice");

        assertThat(registry.find("orienta.step").timer()).isNull();
    }

    @Test
    void a_recorded_step_is_counted_with_its_evidence_by_mode() {
        var registry = new SimpleMeterRegistry();
        var metrics = new StepMetrics(registry);
        var claims = List.of(new Evidence(new CompetencyCode("CO1"), 2), new Evidence(new CompetencyCode("CO2"), 3));

        metrics.recorded(new StepRecorded(new PersonId(1), new AttemptId(1), true, claims, Instant.EPOCH));
        metrics.recorded(new StepRecorded(new PersonId(1), new AttemptId(2), false, List.of(), Instant.EPOCH));

        assertThat(registry.counter("orienta.steps.recorded", "mode", "assessed")
                        .count())
                .isEqualTo(1);
        assertThat(registry.counter("orienta.evidence.recorded", "mode", "assessed")
                        .count())
                .isEqualTo(2);
        assertThat(registry.counter("orienta.steps.recorded", "mode", "practice")
                        .count())
                .isEqualTo(1);
    }
}
