package org.orienta.observation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.orienta.people.DepartmentId;
import org.orienta.people.PersonId;

/**
 * A single-use visit link: for a branch or a person, with a checklist version, until it expires. The
 * token itself is never stored, only its SHA-256 (ADR 0044). The version makes a second submission that
 * raced the first fail instead of recording a second visit.
 */
@Entity
@Table(name = "visit_link")
class VisitLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String tokenHash;
    private String label;
    private @Nullable Long departmentId;
    private @Nullable Long personId;
    private String checklistKey;
    private int checklistVersion;
    private Instant expiresAt;
    private String createdBy;
    private Instant createdAt;
    private @Nullable Instant usedAt;
    private @Nullable Long observationId;
    private @Nullable Instant revokedAt;
    private @Nullable String revokedBy;

    @Version
    private long version;

    protected VisitLink() {
        // For Hibernate
        this.tokenHash = "";
        this.label = "";
        this.checklistKey = "";
        this.expiresAt = Instant.EPOCH;
        this.createdBy = "";
        this.createdAt = Instant.EPOCH;
    }

    VisitLink(
            String tokenHash,
            String label,
            @Nullable DepartmentId branch,
            @Nullable PersonId person,
            String checklistKey,
            int checklistVersion,
            Instant expiresAt,
            String createdBy,
            Instant createdAt) {
        this();
        this.tokenHash = tokenHash;
        this.label = label;
        this.departmentId = branch == null ? null : branch.value();
        this.personId = person == null ? null : person.value();
        this.checklistKey = checklistKey;
        this.checklistVersion = checklistVersion;
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("link not saved yet");
        }
        return id;
    }

    String tokenHash() {
        return tokenHash;
    }

    String label() {
        return label;
    }

    @Nullable DepartmentId branch() {
        var id = departmentId;
        return id == null ? null : new DepartmentId(id);
    }

    @Nullable PersonId person() {
        var id = personId;
        return id == null ? null : new PersonId(id);
    }

    String checklistKey() {
        return checklistKey;
    }

    int checklistVersion() {
        return checklistVersion;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    String createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable Instant usedAt() {
        return usedAt;
    }

    @Nullable Instant revokedAt() {
        return revokedAt;
    }

    /** Open, used, revoked or expired, in that order of precedence: a used link stays "used" after its expiry. */
    VisitLinkState state(Instant now) {
        if (usedAt != null) {
            return VisitLinkState.USED;
        }
        if (revokedAt != null) {
            return VisitLinkState.REVOKED;
        }
        return now.isBefore(expiresAt) ? VisitLinkState.OPEN : VisitLinkState.EXPIRED;
    }

    void use(long observationId, Instant now) {
        this.usedAt = now;
        this.observationId = observationId;
    }

    void revoke(String by, Instant now) {
        this.revokedAt = now;
        this.revokedBy = by;
    }

    /** Someone who issued or revoked links was erased: their username goes, the links stay. */
    void rename(String former, String pseudonym) {
        if (former.equals(createdBy)) {
            createdBy = pseudonym;
        }
        if (former.equals(revokedBy)) {
            revokedBy = pseudonym;
        }
    }
}
