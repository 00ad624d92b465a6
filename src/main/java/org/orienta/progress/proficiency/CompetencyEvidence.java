package org.orienta.progress.proficiency;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.orienta.base.ItemKind;
import org.orienta.progress.attempt.Attempt;
import org.orienta.progress.attempt.AttemptMode;

/**
 * One piece of evidence: a trainee showed a competency at a level, through a particular choice or
 * answer (item, version, node/option or question) of a particular attempt. The competency engine
 * aggregates these; reports trace every level back to them.
 */
@Entity
@Table(name = "competency_evidence")
public class CompetencyEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long traineeId;

    private String competency;

    private int level;

    private double weight;

    @Enumerated(EnumType.STRING)
    private ItemKind itemKind;

    private String itemKey;

    private int itemVersion;

    /** The node and option ("dp-1/greet") or question ("q07") that produced it. */
    private String ref;

    private long attemptId;

    private long stepId;

    private boolean assessed;

    private Instant recordedAt;

    protected CompetencyEvidence() {
        // To keep Hibernate happy
        this.competency = "";
        this.itemKind = ItemKind.SCENARIO;
        this.itemKey = "";
        this.ref = "";
        this.recordedAt = Instant.EPOCH;
    }

    CompetencyEvidence(
            long traineeId,
            String competency,
            int level,
            double weight,
            Attempt attempt,
            String ref,
            long stepId,
            Instant now) {
        this.traineeId = traineeId;
        this.competency = competency;
        this.level = level;
        this.weight = weight;
        this.itemKind = attempt.item().kind();
        this.itemKey = attempt.item().key();
        this.itemVersion = attempt.itemVersion();
        this.ref = ref;
        this.attemptId = attempt.id().value();
        this.stepId = stepId;
        this.assessed = attempt.mode() == AttemptMode.ASSESSED;
        this.recordedAt = now;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("evidence not saved yet");
        }
        return id;
    }

    long traineeId() {
        return traineeId;
    }

    public String competency() {
        return competency;
    }

    public org.orienta.base.ItemRef item() {
        return new org.orienta.base.ItemRef(itemKind, itemKey);
    }

    int itemVersion() {
        return itemVersion;
    }

    public long attemptId() {
        return attemptId;
    }

    public int level() {
        return level;
    }

    public double weight() {
        return weight;
    }

    public String ref() {
        return ref;
    }

    long stepId() {
        return stepId;
    }

    public boolean assessed() {
        return assessed;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof CompetencyEvidence other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        // Constant, so that an entity keeps its hash when Hibernate assigns the id on save.
        return CompetencyEvidence.class.hashCode();
    }
}
