package org.orienta.operations;

import java.time.Instant;

/** One finished backup in the backup directory. */
public record BackupFile(String name, Instant created, long bytes) {}
