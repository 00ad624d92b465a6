package org.orienta.operations;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Backups of the H2 file database, each default written once, here.
 *
 * @param directory where backups go ({@code ORIENTA_BACKUP_DIR}, mapped in application.properties
 *     because the variable's name is not the property's)
 * @param keep how many are kept, 1 or more ({@code ORIENTA_BACKUP_KEEP})
 * @param cron when the nightly backup runs, server time; {@code -} switches it off
 *     ({@code ORIENTA_BACKUP_CRON})
 */
@ConfigurationProperties("orienta.backup")
record BackupSettings(
        @DefaultValue(DEFAULT_DIRECTORY) Path directory,
        @DefaultValue("14") int keep,
        @DefaultValue(DEFAULT_CRON) String cron) {

    static final String DEFAULT_DIRECTORY = "./data/backups";

    /** Also the nightly job's schedule when nothing is set ({@code @Scheduled} reads the property itself). */
    static final String DEFAULT_CRON = "0 30 2 * * *";

    BackupSettings {
        if (keep < 1) {
            throw new IllegalArgumentException(
                    "orienta.backup.keep (ORIENTA_BACKUP_KEEP) must be 1 or more, not " + keep);
        }
    }
}
