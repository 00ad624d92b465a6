package org.orienta.progress.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Data retention, each default written once, here.
 *
 * @param attemptMonths attempts without activity for this many months are deleted; 0 is off
 *     ({@code ORIENTA_RETENTION_ATTEMPT_MONTHS})
 * @param cron when the purge runs, server time ({@code ORIENTA_RETENTION_CRON})
 */
@ConfigurationProperties("orienta.retention")
record RetentionSettings(
        @DefaultValue("0") int attemptMonths,
        @DefaultValue(DEFAULT_CRON) String cron) {

    /** Also the purge's schedule when nothing is set ({@code @Scheduled} reads the property itself). */
    static final String DEFAULT_CRON = "0 45 3 * * *";

    RetentionSettings {
        if (attemptMonths < 0) {
            throw new IllegalArgumentException(
                    "orienta.retention.attempt-months (ORIENTA_RETENTION_ATTEMPT_MONTHS) is a number of months, 0 for"
                            + " off, not " + attemptMonths);
        }
    }
}
