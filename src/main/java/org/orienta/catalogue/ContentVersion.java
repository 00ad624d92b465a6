package org.orienta.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.orienta.base.VersionStatus;

/**
 * One numbered version of an item, stored as its canonical YAML (docs/decisions/0007). A published
 * version never changes: attempts refer to it by number.
 */
@Entity
@Table(name = "content_version")
class ContentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long itemId;

    private int number;

    @Enumerated(EnumType.STRING)
    private VersionStatus status;

    private String body;

    private String fingerprint;

    private String createdBy;

    private Instant createdAt;

    private @Nullable Instant publishedAt;

    protected ContentVersion() {
        // To keep Hibernate happy
        this.status = VersionStatus.DRAFT;
        this.body = "";
        this.fingerprint = "";
        this.createdBy = "";
        this.createdAt = Instant.EPOCH;
    }

    ContentVersion(long itemId, int number, String body, String fingerprint, String createdBy, Instant now) {
        this.itemId = itemId;
        this.number = number;
        this.status = VersionStatus.DRAFT;
        this.body = body;
        this.fingerprint = fingerprint;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void publish(Instant now) {
        if (status != VersionStatus.DRAFT) {
            throw new IllegalStateException("only a draft can be published");
        }
        status = VersionStatus.PUBLISHED;
        publishedAt = now;
    }

    int number() {
        return number;
    }

    VersionStatus status() {
        return status;
    }

    String body() {
        return body;
    }

    String fingerprint() {
        return fingerprint;
    }

    String createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable Instant publishedAt() {
        return publishedAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof ContentVersion other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        // Constant, so that an entity keeps its hash when Hibernate assigns the id on save.
        return ContentVersion.class.hashCode();
    }
}
