package org.orienta.authoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The working copy of one content item, as the file text a trainer would keep in git. */
@Entity
@Table(name = "content_draft")
class ContentDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    private ContentKind kind;

    @Column(name = "item_key")
    private String key;

    private String body;

    private @Nullable Integer basedOn;

    private String updatedBy;

    private Instant updatedAt;

    @Version
    private long version;

    protected ContentDraft() {
        // To keep Hibernate happy
        this.kind = ContentKind.SCENARIO;
        this.key = "";
        this.body = "";
        this.updatedBy = "";
        this.updatedAt = Instant.EPOCH;
    }

    ContentDraft(ContentKind kind, String key, String body, @Nullable Integer basedOn, String by, Instant now) {
        this.kind = kind;
        this.key = key;
        this.body = body;
        this.basedOn = basedOn;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    void edit(String newBody, String by, Instant now) {
        body = newBody;
        updatedBy = by;
        updatedAt = now;
    }

    ContentKind kind() {
        return kind;
    }

    String key() {
        return key;
    }

    String body() {
        return body;
    }

    @Nullable Integer basedOn() {
        return basedOn;
    }

    String updatedBy() {
        return updatedBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof ContentDraft other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        // Constant, so that an entity keeps its hash when Hibernate assigns the id on save.
        return ContentDraft.class.hashCode();
    }
}
