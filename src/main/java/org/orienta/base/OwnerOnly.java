package org.orienta.base;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files only the account running Orienta may read: the database, its backups. The process umask usually
 * makes new files world-readable (0644); these are set to 0600 and their folders to 0700, so another
 * account on the server reads neither the people nor their results (docs/deployment.md). On a file
 * system without POSIX permissions (Windows) nothing is changed: there the folder's ACL decides.
 */
public final class OwnerOnly {

    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnly() {}

    /** Creates the folder (and missing parents) if needed and makes it 0700. */
    public static Path directory(Path directory) throws IOException {
        Files.createDirectories(directory);
        if (POSIX) {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        }
        return directory;
    }

    /** Makes an existing file 0600. */
    public static Path file(Path file) throws IOException {
        if (POSIX && Files.isRegularFile(file)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return file;
    }
}
