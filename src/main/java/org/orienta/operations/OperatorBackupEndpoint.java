package org.orienta.operations;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import org.orienta.audit.AuditAction;
import org.orienta.audit.AuditOutcome;
import org.orienta.audit.AuditService;
import org.orienta.audit.AuditText;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** What the {@code backup} command calls: a backup now, for whoever holds the operator token. */
@RestController
class OperatorBackupEndpoint {

    static final String PATH = "/operations/backup";

    private final BackupWriter writer;
    private final OperatorToken token;
    private final AuditService audit;

    /** Requests per address and minute; the backup command sends one. */
    static final int PER_MINUTE = 5;

    private final RequestRate rate;

    OperatorBackupEndpoint(BackupWriter writer, OperatorToken token, AuditService audit, Clock clock) {
        this.writer = writer;
        this.token = token;
        this.audit = audit;
        this.rate = new RequestRate(PER_MINUTE, Duration.ofMinutes(1), clock);
    }

    @PostMapping(path = PATH, produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> backup(
            @RequestHeader(name = OperatorToken.HEADER, required = false) String presented,
            HttpServletRequest request) {
        var wait = rate.take(request.getRemoteAddr());
        if (!wait.isZero()) {
            // Not even the token is checked: guessing it costs time, and backups cannot fill the disk.
            audit.recordFrequent(
                    "operator",
                    AuditAction.ACCESS_DENIED,
                    PATH,
                    AuditOutcome.FAILURE,
                    AuditText.of("audit.text.tooManyRequests"),
                    request.getRemoteAddr());
            return ResponseEntity.status(429)
                    .header("Retry-After", String.valueOf(Math.max(1, wait.toSeconds())))
                    .body("Too many backup requests from this address; try again in " + Math.max(1, wait.toSeconds())
                            + " s\n");
        }
        if (writer.kind() != DatabaseKind.H2_FILE) {
            return ResponseEntity.status(422).body(writer.whyNot() + "\n");
        }
        if (!token.matches(presented)) {
            audit.recordFrequent(
                    "operator",
                    AuditAction.ACCESS_DENIED,
                    PATH,
                    AuditOutcome.FAILURE,
                    AuditText.of("audit.text.wrongToken"),
                    request.getRemoteAddr());
            return ResponseEntity.status(403).body("Wrong or missing operator token\n");
        }
        try {
            var file = writer.write("operator");
            return ResponseEntity.ok("Backup written: %s (%,d bytes)%n"
                    .formatted(writer.directory().resolve(file.name()), file.bytes()));
        } catch (BackupException e) {
            return ResponseEntity.internalServerError().body(e.getMessage() + "\n");
        }
    }
}
