package org.orienta.operations;

import jakarta.servlet.http.HttpServletRequest;
import org.orienta.audit.AuditAction;
import org.orienta.audit.AuditOutcome;
import org.orienta.audit.AuditService;
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

    OperatorBackupEndpoint(BackupWriter writer, OperatorToken token, AuditService audit) {
        this.writer = writer;
        this.token = token;
        this.audit = audit;
    }

    @PostMapping(path = PATH, produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> backup(
            @RequestHeader(name = OperatorToken.HEADER, required = false) String presented,
            HttpServletRequest request) {
        if (writer.kind() != DatabaseKind.H2_FILE) {
            return ResponseEntity.status(422).body(writer.whyNot() + "\n");
        }
        if (!token.matches(presented)) {
            audit.recordAs(
                    "operator",
                    AuditAction.ACCESS_DENIED,
                    PATH,
                    AuditOutcome.FAILURE,
                    "wrong operator token",
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
