package org.orienta.progress.attempt;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A trainer's scores per rubric criterion and comment on one submitted free-text attempt. */
@Entity
@Table(name = "attempt_review")
public class AttemptReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long attemptId;

    private String reviewer;

    private Instant reviewedAt;

    /** "criterion=level" pairs, comma-separated, in rubric order. */
    private String levels;

    private String comment;

    protected AttemptReview() {
        // To keep Hibernate happy
        this.reviewer = "";
        this.reviewedAt = Instant.EPOCH;
        this.levels = "";
        this.comment = "";
    }

    public AttemptReview(long attemptId, String reviewer, Map<String, Integer> levels, String comment, Instant now) {
        this.attemptId = attemptId;
        this.reviewer = reviewer;
        this.levels = String.join(
                ",",
                levels.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .toList());
        this.comment = comment;
        this.reviewedAt = now;
    }

    public void eraseComment() {
        this.comment = "(erased)";
    }

    public long attemptId() {
        return attemptId;
    }

    public Review review() {
        var map = new LinkedHashMap<String, Integer>();
        if (!levels.isEmpty()) {
            for (String pair : levels.split(",")) {
                var eq = pair.indexOf('=');
                map.put(pair.substring(0, eq), Integer.parseInt(pair.substring(eq + 1)));
            }
        }
        return new Review(map, comment, reviewer, reviewedAt);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof AttemptReview other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return AttemptReview.class.hashCode();
    }
}
