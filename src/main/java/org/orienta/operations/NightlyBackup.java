package org.orienta.operations;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The nightly backup of an H2 file database; ORIENTA_BACKUP_CRON=- switches it off. */
@Component
class NightlyBackup {

    private static final Logger log = LoggerFactory.getLogger(NightlyBackup.class);

    private final BackupWriter writer;

    NightlyBackup(BackupWriter writer) {
        this.writer = writer;
    }

    @Scheduled(cron = "${orienta.backup.cron:" + BackupSettings.DEFAULT_CRON + "}")
    @SchedulerLock(name = "nightly-backup", lockAtLeastFor = "PT5M")
    void run() {
        if (writer.kind() != DatabaseKind.H2_FILE) {
            return;
        }
        try {
            var file = writer.write("system");
            log.info("Nightly backup written: {} ({} bytes)", writer.directory().resolve(file.name()), file.bytes());
        } catch (BackupException e) {
            // Already audited; the log is where an operator's monitoring looks at night.
            log.error(e.getMessage(), e);
        }
    }
}
