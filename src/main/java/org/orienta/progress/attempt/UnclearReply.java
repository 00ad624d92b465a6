package org.orienta.progress.attempt;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A typed reply the matcher could not place: kept apart from the steps (it changed nothing in the run)
 * so that trainers can see what trainees say that no option covers.
 */
@Entity
@Table(name = "unclear_reply")
public class UnclearReply {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long attemptId;

    private String itemKey;

    private int itemVersion;

    private String decisionId;

    private String reply;

    private @Nullable String closestOption;

    private double similarity;

    private boolean offTopic;

    private Instant createdAt;

    protected UnclearReply() {
        // To keep Hibernate happy
        this.itemKey = "";
        this.decisionId = "";
        this.reply = "";
        this.createdAt = Instant.EPOCH;
    }

    UnclearReply(
            long attemptId,
            String itemKey,
            int itemVersion,
            String decisionId,
            String reply,
            @Nullable String closestOption,
            double similarity,
            boolean offTopic,
            Instant now) {
        this.attemptId = attemptId;
        this.itemKey = itemKey;
        this.itemVersion = itemVersion;
        this.decisionId = decisionId;
        this.reply = reply;
        this.closestOption = closestOption;
        this.similarity = similarity;
        this.offTopic = offTopic;
        this.createdAt = now;
    }

    public long attemptId() {
        return attemptId;
    }

    public String itemKey() {
        return itemKey;
    }

    public int itemVersion() {
        return itemVersion;
    }

    public String decisionId() {
        return decisionId;
    }

    public String reply() {
        return reply;
    }

    public @Nullable String closestOption() {
        return closestOption;
    }

    public double similarity() {
        return similarity;
    }

    public boolean offTopic() {
        return offTopic;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof UnclearReply other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return UnclearReply.class.hashCode();
    }
}
