package org.orienta.people.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins are slowed down: after {@code freeAttempts} failures for an account from one
 * address (or {@code freeAttemptsPerAddress} for any accounts from one address, high enough for an office
 * behind one NAT address) each further attempt must wait, doubling from {@code firstDelay} up to
 * {@code maxDelay}; failures older than {@code forgetAfter} are forgotten.
 */
@ConfigurationProperties("orienta.signin")
record SignInSettings(
        @DefaultValue("5") int freeAttempts,
        @DefaultValue(OFFICE_CEILING) int freeAttemptsPerAddress,
        @DefaultValue("1s") Duration firstDelay,
        @DefaultValue("60s") Duration maxDelay,
        @DefaultValue("1h") Duration forgetAfter) {

    /** Failures from one address before its attempts wait: a hundred people behind one office NAT address. */
    static final String OFFICE_CEILING = "100";
}
