package org.orienta.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, so that tests can fix time instead of waiting for it. It ticks
 * in microseconds, the precision the databases store: a time read back equals the time written, and
 * everything computed from it (evidence weights) comes out the same before and after a reload.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), java.time.Duration.ofNanos(1_000));
    }
}
