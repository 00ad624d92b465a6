package org.orienta.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One audited event. Written once and never changed: there are no setters. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

    /** Between stored arguments: U+001F, a control character, which no argument keeps (they are cleaned). */
    static final String SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private Instant occurredAt;

    private String actor;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    private String target;

    private @Nullable String targetKey;

    private @Nullable String targetArgs;

    @Enumerated(EnumType.STRING)
    private AuditOutcome outcome;

    private String detail;

    private @Nullable String detailKey;

    private @Nullable String detailArgs;

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
            AuditText targetText,
            AuditOutcome outcome,
            String detail,
            AuditText detailText,
            @Nullable String clientAddress) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.target = target;
        this.targetKey = targetText.key();
        this.targetArgs = targetText.key() == null ? null : String.join(SEPARATOR, targetText.arguments());
        this.outcome = outcome;
        this.detail = detail;
        this.detailKey = detailText.key();
        this.detailArgs = detailText.key() == null ? null : String.join(SEPARATOR, detailText.arguments());
        this.clientAddress = clientAddress;
    }

    AuditRecord toRecord() {
        return new AuditRecord(
                id == null ? 0 : id,
                occurredAt,
                actor,
                action,
                target,
                outcome,
                detail,
                clientAddress,
                text(targetKey, targetArgs, target),
                text(detailKey, detailArgs, detail));
    }

    /** Without a key (an identifier, or an entry written before keys), the English column is the text. */
    private static AuditText text(@Nullable String key, @Nullable String arguments, String english) {
        if (key == null) {
            return AuditText.literal(english);
        }
        return new AuditText(
                key, arguments == null || arguments.isEmpty() ? List.of() : List.of(arguments.split(SEPARATOR, -1)));
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
