package org.orienta.people.security;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Gauges of this node's load: {@code orienta.sessions.active} and {@code orienta.uis.active}. */
@Component
class SessionMetrics {

    SessionMetrics(SessionDirectory sessions, MeterRegistry registry) {
        Gauge.builder("orienta.sessions.active", sessions, SessionDirectory::size)
                .description("Live HTTP sessions on this node")
                .register(registry);
        Gauge.builder("orienta.uis.active", sessions, SessionDirectory::uis)
                .description("Open Vaadin UIs (browser tabs) on this node")
                .register(registry);
    }
}
