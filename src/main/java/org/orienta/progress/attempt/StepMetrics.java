package org.orienta.progress.attempt;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Times each trainee step (P3: answer, durable commit and evidence) as {@code orienta.step}, tagged by
 * kind and outcome. The clock stops after the commit, so what a trainee waits for is what is measured.
 */
@Component
class StepMetrics {

    private final MeterRegistry registry;

    StepMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Starts timing a step in the current transaction; recorded when the transaction ends. */
    void start(String kind) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        var sample = Timer.start(registry);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                sample.stop(Timer.builder("orienta.step")
                        .description("A trainee step, commit included")
                        .tag("kind", kind)
                        .tag("outcome", status == STATUS_COMMITTED ? "committed" : "rolled-back")
                        .publishPercentileHistogram()
                        .register(registry));
            }
        });
    }
}
