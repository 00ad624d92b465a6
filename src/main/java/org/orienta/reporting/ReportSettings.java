package org.orienta.reporting;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How HR reports run, each default written once, here.
 *
 * @param background reports run off the request thread; {@code false} runs them in the calling thread
 *     (browserless tests)
 * @param replica an optional read replica for reports (ADR 0017)
 */
@ConfigurationProperties("orienta.reports")
public record ReportSettings(
        @DefaultValue("true") boolean background,
        @DefaultValue Replica replica) {

    /**
     * @param url the replica's JDBC URL ({@code ORIENTA_REPORTS_REPLICA_URL}); empty: reports read the
     *     primary
     * @param username the replica's user; unset: the primary's ({@code ORIENTA_REPORTS_REPLICA_USERNAME})
     * @param password the replica's password; unset: the primary's
     * @param poolSize connections per node ({@code ORIENTA_REPORTS_REPLICA_POOLSIZE})
     */
    public record Replica(
            @DefaultValue("") String url,
            @Nullable String username,
            @Nullable String password,
            @DefaultValue("4") int poolSize) {

        public Replica {
            if (poolSize < 1) {
                throw new IllegalArgumentException(
                        "orienta.reports.replica.pool-size (ORIENTA_REPORTS_REPLICA_POOLSIZE) must be 1 or more, not "
                                + poolSize);
            }
        }
    }
}
