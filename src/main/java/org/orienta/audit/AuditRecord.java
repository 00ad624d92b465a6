package org.orienta.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An audit entry as the audit page lists it and exports it; times are UTC. */
public record AuditRecord(
        long id,
        Instant occurredAt,
        String actor,
        AuditAction action,
        String target,
        AuditOutcome outcome,
        String detail,
        @Nullable String clientAddress) {}
