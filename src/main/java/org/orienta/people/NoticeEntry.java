package org.orienta.people;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "notice")
class NoticeEntry {

    /** U+001F, the unit separator: no title or name contains it. */
    static final String SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long personId;

    private String text;

    private @Nullable String messageKey;

    /** The arguments, separated by {@link #SEPARATOR}. */
    private @Nullable String messageArgs;

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

    NoticeEntry(
            long personId, String key, List<String> arguments, String text, String link, String sentBy, Instant now) {
        this.personId = personId;
        this.messageKey = key;
        this.messageArgs = String.join(SEPARATOR, arguments);
        this.text = text;
        this.link = link;
        this.sentBy = sentBy;
        this.sentAt = now;
    }

    Notice notice() {
        var arguments = messageArgs == null || messageArgs.isEmpty()
                ? List.<String>of()
                : List.of(messageArgs.split(SEPARATOR, -1));
        return new Notice(id == null ? 0 : id, messageKey, arguments, text, link, sentBy, sentAt);
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
