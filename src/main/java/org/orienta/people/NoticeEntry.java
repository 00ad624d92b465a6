package org.orienta.people;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "notice")
class NoticeEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long personId;

    private String text;

    private String link;

    private String sentBy;

    private Instant sentAt;

    private @Nullable Instant dismissedAt;

    protected NoticeEntry() {
        // To keep Hibernate happy
        this.text = "";
        this.link = "";
        this.sentBy = "";
        this.sentAt = Instant.EPOCH;
    }

    NoticeEntry(long personId, String text, String link, String sentBy, Instant now) {
        this.personId = personId;
        this.text = text;
        this.link = link;
        this.sentBy = sentBy;
        this.sentAt = now;
    }

    Notice notice() {
        return new Notice(id == null ? 0 : id, text, link, sentBy, sentAt);
    }

    long personId() {
        return personId;
    }

    void dismiss(Instant now) {
        dismissedAt = now;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof NoticeEntry other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return NoticeEntry.class.hashCode();
    }
}
