package org.orienta.base;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a signed-in person may be idle, read by the sign-out filter and by the page that warns
 * before it (docs/deployment.md, Sessions).
 *
 * @param idleTimeout signed out after this long without activity ({@code ORIENTA_SESSION_TIMEOUT},
 *     mapped in application.properties because the variable's name is not the property's)
 * @param idleWarning how long before that the page asks "Are you still there?"
 *     ({@code ORIENTA_IDLE_WARNING}, mapped likewise)
 */
@ConfigurationProperties("orienta.session")
public record SessionSettings(
        @DefaultValue(DEFAULT_TIMEOUT) Duration idleTimeout,
        @DefaultValue("2m") Duration idleWarning) {

    /** The servlet session (Spring Boot's {@code server.servlet.session.timeout}) lasts as long by default. */
    public static final String DEFAULT_TIMEOUT = "30m";

    public SessionSettings {
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException(
                    "orienta.session.idle-timeout (ORIENTA_SESSION_TIMEOUT) must be longer than zero, not "
                            + idleTimeout);
        }
    }
}
