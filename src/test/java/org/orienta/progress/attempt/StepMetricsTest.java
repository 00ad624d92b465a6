package org.orienta.progress.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
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
}
