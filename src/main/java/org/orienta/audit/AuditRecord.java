package org.orienta.audit;

import java.time.Instant;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * An audit entry as the audit page lists it and exports it; times are UTC. {@code target} and
 * {@code detail} are the English texts (what the filter searches); {@code targetText} and
 * {@code detailText} are the same as keys with arguments, for the reader's language.
 */
public record AuditRecord(
        long id,
        Instant occurredAt,
        String actor,
        AuditAction action,
        String target,
        AuditOutcome outcome,
        String detail,
        @Nullable String clientAddress,
        AuditText targetText,
        AuditText detailText) {

    /** The target in the reader's words ({@code translate}: the interface's lookup of key and arguments). */
    public String target(BiFunction<String, Object[], String> translate) {
        return targetText.shown(translate);
    }

    /** The detail in the reader's words. */
    public String detail(BiFunction<String, Object[], String> translate) {
        return detailText.shown(translate);
    }
}
