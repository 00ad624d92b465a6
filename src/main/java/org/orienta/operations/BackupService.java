package org.orienta.operations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.orienta.audit.AuditAction;
import org.orienta.audit.AuditOutcome;
import org.orienta.audit.AuditService;
import org.orienta.audit.AuditText;
import org.orienta.base.ForAdmins;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** Backups for administrators: what exists, a new one now, and a download. */
@Service
@ForAdmins
public class BackupService {

    private final BackupWriter writer;
    private final AuditService audit;
    private final String schedule;

    BackupService(BackupWriter writer, AuditService audit, BackupSettings settings) {
        this.writer = writer;
        this.audit = audit;
        this.schedule = settings.cron();
    }

    /** The nightly backup's cron expression; "-" when switched off. */
    public String schedule() {
        return schedule;
    }

    /** How many backups are kept; older ones are deleted after each new one. */
    public int keep() {
        return writer.keep();
    }

    public DatabaseKind databaseKind() {
        return writer.kind();
    }

    public Path directory() {
        return writer.directory();
    }

    /** Newest first. */
    public List<BackupFile> backups() {
        return writer.list();
    }

    /** Writes a backup while Orienta keeps running; takes about a second per 100 MB of database. */
    public BackupFile backupNow() {
        return writer.write(
                SecurityContextHolder.getContext().getAuthentication().getName());
    }

    public InputStream open(String name) throws IOException {
        var file = writer.find(name).orElseThrow(() -> new IOException("No backup called " + name));
        audit.record(
                AuditAction.BACKUP_DOWNLOADED,
                name,
                AuditOutcome.SUCCESS,
                AuditText.of("audit.text.bytes", Files.size(file)));
        return Files.newInputStream(file);
    }
}
