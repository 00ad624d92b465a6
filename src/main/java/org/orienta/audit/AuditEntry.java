package org.orienta.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One audited event. Written once and never changed: there are no setters. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private Instant occurredAt;

    private String actor;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    private String target;

    @Enumerated(EnumType.STRING)
    private AuditOutcome outcome;

    private String detail;

    private @Nullable String clientAddress;

    protected AuditEntry() {
        // To keep Hibernate happy
        this.occurredAt = Instant.EPOCH;
        this.actor = "";
        this.action = AuditAction.SIGN_IN;
        this.target = "";
        this.outcome = AuditOutcome.SUCCESS;
        this.detail = "";
    }

    AuditEntry(
            Instant occurredAt,
            String actor,
            AuditAction action,
            String target,
            AuditOutcome outcome,
            String detail,
            @Nullable String clientAddress) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.target = target;
        this.outcome = outcome;
        this.detail = detail;
        this.clientAddress = clientAddress;
    }

    AuditRecord toRecord() {
        return new AuditRecord(id == null ? 0 : id, occurredAt, actor, action, target, outcome, detail, clientAddress);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof AuditEntry other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        // Constant, so that an entity keeps its hash when Hibernate assigns the id on save.
        return AuditEntry.class.hashCode();
    }
}
