package org.orienta.progress.attempt;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One step of an attempt, committed on its own before the screen moves on. (attempt, step number) is
 * unique, so a resent or double-clicked step is recorded once.
 */
@Entity
@Table(name = "attempt_step")
public class AttemptStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long attemptId;

    private int stepNo;

    @Enumerated(EnumType.STRING)
    private StepKind kind;

    /** What the step answers: a decision node, a question, a reflection question's number. */
    private String ref;

    /** The choice or answer: an option id, or a small JSON document. */
    private String answer;

    private @Nullable Boolean correct;

    /** What the trainee typed at an own-words decision; null for a click. */
    private @Nullable String typedReply;

    private @Nullable Double typedConfidence;

    /** Whether the matcher placed the typed reply (false: the trainee chose after it abstained). */
    private @Nullable Boolean typedMatched;

    private Instant createdAt;

    protected AttemptStep() {
        // To keep Hibernate happy
        this.kind = StepKind.CHOICE;
        this.ref = "";
        this.answer = "";
        this.createdAt = Instant.EPOCH;
    }

    public AttemptStep(
            long attemptId,
            int stepNo,
            StepKind kind,
            String ref,
            String answer,
            @Nullable Boolean correct,
            Instant now) {
        this.attemptId = attemptId;
        this.stepNo = stepNo;
        this.kind = kind;
        this.ref = ref;
        this.answer = answer;
        this.correct = correct;
        this.createdAt = now;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("step not saved yet");
        }
        return id;
    }

    public int stepNo() {
        return stepNo;
    }

    /** Replaces what the person wrote, keeping that they answered (erasure). */
    public void eraseAnswer(String replacement) {
        this.answer = replacement;
    }

    /** Keeps the reply the trainee typed with the choice it was matched to. */
    void typed(TypedReply reply) {
        this.typedReply = reply.text();
        this.typedConfidence = reply.confidence();
        this.typedMatched = reply.matched();
    }

    /** The reply typed for this choice, if it was typed. */
    public @Nullable TypedReply typed() {
        return typedReply == null
                ? null
                : new TypedReply(
                        typedReply, typedConfidence == null ? 0 : typedConfidence, Boolean.TRUE.equals(typedMatched));
    }

    /** Removes what the person typed, keeping the choice it was matched to (erasure). */
    public void eraseTyped() {
        if (typedReply != null) {
            this.typedReply = "";
        }
    }

    public long attemptId() {
        return attemptId;
    }

    public StepKind kind() {
        return kind;
    }

    public String ref() {
        return ref;
    }

    public String answer() {
        return answer;
    }

    @Nullable public Boolean correct() {
        return correct;
    }

    public Instant createdAt() {
        return createdAt;
    }

    boolean sameAs(StepKind otherKind, String otherRef, String otherAnswer) {
        return kind == otherKind && ref.equals(otherRef) && answer.equals(otherAnswer);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof AttemptStep other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        // Constant, so that an entity keeps its hash when Hibernate assigns the id on save.
        return AttemptStep.class.hashCode();
    }
}
