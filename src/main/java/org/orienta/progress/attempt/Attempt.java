package org.orienta.progress.attempt;

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
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;

/**
 * One trainee's attempt at one item, pinned to the version it started on. Its steps are separate rows;
 * this row only summarises them (how many, and the result once finished) so lists need no replay.
 */
@Entity
@Table(name = "attempt")
public class Attempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long traineeId;

    @Enumerated(EnumType.STRING)
    private ItemKind itemKind;

    private String itemKey;

    private int itemVersion;

    private @Nullable String moduleKey;

    @Enumerated(EnumType.STRING)
    private AttemptMode mode;

    @Enumerated(EnumType.STRING)
    private AttemptStatus status;

    /** Fixes the quiz questions drawn and every shuffle, so a resumed attempt shows the same paper. */
    private long seed;

    private int steps;

    private @Nullable Double score;

    private @Nullable Boolean passed;

    private @Nullable String outcome;

    private Instant startedAt;

    private @Nullable Instant completedAt;

    private Instant lastActivityAt;

    @Version
    private long version;

    protected Attempt() {
        // To keep Hibernate happy
        this.itemKind = ItemKind.SCENARIO;
        this.itemKey = "";
        this.mode = AttemptMode.PRACTICE;
        this.status = AttemptStatus.IN_PROGRESS;
        this.startedAt = Instant.EPOCH;
        this.lastActivityAt = Instant.EPOCH;
    }

    public Attempt(
            long traineeId,
            ItemRef item,
            int itemVersion,
            @Nullable String moduleKey,
            AttemptMode mode,
            long seed,
            Instant now) {
        this.traineeId = traineeId;
        this.itemKind = item.kind();
        this.itemKey = item.key();
        this.itemVersion = itemVersion;
        this.moduleKey = moduleKey;
        this.mode = mode;
        this.status = AttemptStatus.IN_PROGRESS;
        this.seed = seed;
        this.startedAt = now;
        this.lastActivityAt = now;
    }

    public AttemptId id() {
        if (id == null) {
            throw new IllegalStateException("attempt not saved yet");
        }
        return new AttemptId(id);
    }

    public long traineeId() {
        return traineeId;
    }

    public ItemRef item() {
        return new ItemRef(itemKind, itemKey);
    }

    public int itemVersion() {
        return itemVersion;
    }

    @Nullable public String moduleKey() {
        return moduleKey;
    }

    public AttemptMode mode() {
        return mode;
    }

    public AttemptStatus status() {
        return status;
    }

    public long seed() {
        return seed;
    }

    int steps() {
        return steps;
    }

    @Nullable public Double score() {
        return score;
    }

    @Nullable public Boolean passed() {
        return passed;
    }

    @Nullable public String outcome() {
        return outcome;
    }

    public Instant startedAt() {
        return startedAt;
    }

    @Nullable public Instant completedAt() {
        return completedAt;
    }

    /**
     * When the attempt ended: completed, or submitted for a trainer's review.
     *
     * @throws IllegalStateException while it is in progress
     */
    public Instant finishedAt() {
        if (completedAt == null) {
            throw new IllegalStateException("attempt " + id + " has not ended");
        }
        return completedAt;
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }

    /** The number the next step must carry. */
    public int nextStep() {
        return steps + 1;
    }

    /**
     * The acceptance rule for a step: a choice, an answer or a submission only while the attempt is in
     * progress, a reflection or a trainer's review only after it has ended; and only as the next step,
     * so a screen that knew an older state (a second tab, a resent request) records nothing out of
     * order. Counts the step it accepts.
     *
     * @return the step's number
     * @throws StepConflictException when the attempt does not take this step now
     */
    public int takeStep(StepKind kind, int stepNo, Instant now) {
        boolean open = status == AttemptStatus.IN_PROGRESS;
        boolean accepted = switch (kind) {
            case CHOICE, ANSWER, SUBMISSION -> open;
            case REFLECTION, REVIEW -> !open;
        };
        if (!accepted) {
            throw new StepConflictException("attempt " + id + " is " + status + " and takes no " + kind + " step");
        }
        if (stepNo != nextStep()) {
            throw new StepConflictException("attempt " + id + " is not waiting for step " + stepNo);
        }
        lastActivityAt = now;
        return ++steps;
    }

    /** As {@link #takeStep(StepKind, int, Instant)} for a step that takes whatever number is next. */
    public int takeStep(StepKind kind, Instant now) {
        return takeStep(kind, nextStep(), now);
    }

    public void complete(double score, @Nullable Boolean passed, @Nullable String outcome, Instant now) {
        this.status = AttemptStatus.COMPLETED;
        this.score = score;
        this.passed = passed;
        this.outcome = outcome;
        this.completedAt = now;
        this.lastActivityAt = now;
    }

    /**
     * A practice rewrite: finished without a score, since no trainer reviews practice (the trainee
     * compares their replies with the model answers and checks them against the rubric themselves).
     */
    void completeUnscored(Instant now) {
        this.status = AttemptStatus.COMPLETED;
        this.score = null;
        this.completedAt = now;
        this.lastActivityAt = now;
    }

    /** A trainer's override of the automatic score; completion time and outcome stay as they were. */
    public void rescore(double newScore, Instant now) {
        this.score = newScore;
        this.lastActivityAt = now;
    }

    void awaitReview(Instant now) {
        this.status = AttemptStatus.AWAITING_REVIEW;
        this.completedAt = now;
        this.lastActivityAt = now;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Attempt other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        // Constant, so that an entity keeps its hash when Hibernate assigns the id on save.
        return Attempt.class.hashCode();
    }
}
