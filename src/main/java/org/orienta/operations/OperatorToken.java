package org.orienta.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The secret the {@code backup} command shows to the running server. It lives in a file readable only
 * by the account Orienta runs as, next to the backups: whoever can read it can read the database
 * files anyway, so the command needs no administrator password and grants nothing new.
 */
@Component
class OperatorToken {

    static final String FILE_NAME = "operator.token";
    static final String HEADER = "Orienta-Operator-Token";

    private final BackupWriter writer;
    private volatile byte @Nullable [] token;

    OperatorToken(BackupWriter writer) {
        this.writer = writer;
    }

    @EventListener(ApplicationReadyEvent.class)
    void create() throws IOException {
        if (writer.kind() != DatabaseKind.H2_FILE) {
            return;
        }
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        var text = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Files.createDirectories(writer.directory());
        var file = writer.directory().resolve(FILE_NAME);
        var partial = writer.directory().resolve("." + FILE_NAME + ".partial");
        Files.deleteIfExists(partial);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(
                    partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(partial, text + "\n", StandardCharsets.US_ASCII);
        Files.move(
                partial,
                file,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        token = text.getBytes(StandardCharsets.US_ASCII);
    }

    boolean matches(@Nullable String presented) {
        var expected = token;
        return expected != null
                && presented != null
                && MessageDigest.isEqual(expected, presented.strip().getBytes(StandardCharsets.US_ASCII));
    }

    static Path file(Path backupDirectory) {
        return backupDirectory.resolve(FILE_NAME);
    }
}
