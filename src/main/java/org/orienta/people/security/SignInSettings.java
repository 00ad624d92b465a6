package org.orienta.people.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins are slowed down: after {@code freeAttempts} failures for an account (or
 * {@code freeAttemptsPerAddress} from one address) each further attempt must wait, doubling from
 * {@code firstDelay} up to {@code maxDelay}; failures older than {@code forgetAfter} are forgotten.
 */
@ConfigurationProperties("orienta.signin")
record SignInSettings(
        @DefaultValue("5") int freeAttempts,
        @DefaultValue("20") int freeAttemptsPerAddress,
        @DefaultValue("1s") Duration firstDelay,
        @DefaultValue("60s") Duration maxDelay,
        @DefaultValue("1h") Duration forgetAfter) {}
