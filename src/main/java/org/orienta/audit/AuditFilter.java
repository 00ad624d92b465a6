package org.orienta.audit;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** What the audit page asks for: a time range (UTC), actions, and parts of actor and target names. */
public record AuditFilter(Instant from, Instant to, Set<AuditAction> actions, String actor, String target) {

    public AuditFilter {
        actions = actions.isEmpty() ? EnumSet.allOf(AuditAction.class) : EnumSet.copyOf(actions);
    }
}
