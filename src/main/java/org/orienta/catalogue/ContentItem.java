package org.orienta.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An item's identity (kind and key) and which of its versions is current; the content lives in the versions. */
@Entity
@Table(name = "content_item")
class ContentItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    /** As the content type names it: SCENARIO, QUIZ … */
    private String kind;

    /** The stable id from the file ("rp-01"), unique within its kind. */
    @Column(name = "item_key")
    private String key;

    private int latestVersion;

    private @Nullable Integer publishedVersion;

    private boolean archived;

    private Instant updatedAt;

    @Version
    private long version;

    protected ContentItem() {
        // To keep Hibernate happy
        this.kind = "";
        this.key = "";
        this.updatedAt = Instant.EPOCH;
    }

    ContentItem(String kind, String key, Instant now) {
        this.kind = kind;
        this.key = key;
        this.updatedAt = now;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("item not saved yet");
        }
        return id;
    }

    String kind() {
        return kind;
    }

    String key() {
        return key;
    }

    int latestVersion() {
        return latestVersion;
    }

    @Nullable Integer publishedVersion() {
        return publishedVersion;
    }

    boolean archived() {
        return archived;
    }

    /** Reserves the next version number. */
    int nextVersion(Instant now) {
        latestVersion++;
        updatedAt = now;
        return latestVersion;
    }

    void published(int number, Instant now) {
        publishedVersion = number;
        archived = false;
        updatedAt = now;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    /** Withdraws the item from the catalogue and from new attempts. */
    void archive(Instant now) {
        archived = true;
        updatedAt = now;
    }

    void restore(Instant now) {
        archived = false;
        updatedAt = now;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof ContentItem other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        // Constant, so that an entity keeps its hash when Hibernate assigns the id on save.
        return ContentItem.class.hashCode();
    }
}
