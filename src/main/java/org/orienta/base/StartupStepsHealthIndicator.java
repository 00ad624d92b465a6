package org.orienta.base;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Out of service while the start-up steps still fill the database behind an open sign-in page; part of
 * the readiness group (application.properties), so a load balancer sends no one to this node until then.
 */
@Component
class StartupStepsHealthIndicator implements HealthIndicator {

    private final StartupWork work;

    StartupStepsHealthIndicator(StartupWork work) {
        this.work = work;
    }

    @Override
    public Health health() {
        return work.setupPending() ? Health.outOfService().build() : Health.up().build();
    }
}
