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
import org.orienta.base.ItemKind;
import org.orienta.ownwords.LevelSuggestion;

/**
 * The level review assistance suggested for one rubric criterion of an answer under review (or why it
 * suggested none) and the level the trainer decided, kept side by side so their agreement can be
 * reported (docs/decisions/0045). It holds no text of the answer.
 */
@Entity
@Table(name = "review_suggestion")
public class ReviewSuggestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long attemptId;

    @Enumerated(EnumType.STRING)
    private ItemKind itemKind;

    private String itemKey;

    private String criterion;

    @Enumerated(EnumType.STRING)
    private LevelSuggestion.Basis basis;

    private @Nullable Integer suggestedLevel;

    private double confidence;

    private int closeAnswers;

    private boolean closeToModel;

    private Instant suggestedAt;

    private @Nullable Integer decidedLevel;

    private @Nullable Instant decidedAt;

    protected ReviewSuggestion() {
        // To keep Hibernate happy
        this.itemKind = ItemKind.EXERCISE;
        this.itemKey = "";
        this.criterion = "";
        this.basis = LevelSuggestion.Basis.TOO_LITTLE_BASIS;
        this.suggestedAt = Instant.EPOCH;
    }

    public ReviewSuggestion(
            long attemptId,
            ItemKind itemKind,
            String itemKey,
            String criterion,
            LevelSuggestion suggestion,
            Instant now) {
        this.attemptId = attemptId;
        this.itemKind = itemKind;
        this.itemKey = itemKey;
        this.criterion = criterion;
        this.basis = suggestion.basis();
        this.suggestedLevel = suggestion.suggested() ? suggestion.level() : null;
        this.confidence = suggestion.confidence();
        this.closeAnswers = suggestion.closeAnswers();
        this.closeToModel = suggestion.closeToModel();
        this.suggestedAt = now;
    }

    /** A newer suggestion for the same criterion, shown when the answer was opened again. */
    public void replace(LevelSuggestion suggestion, Instant now) {
        this.basis = suggestion.basis();
        this.suggestedLevel = suggestion.suggested() ? suggestion.level() : null;
        this.confidence = suggestion.confidence();
        this.closeAnswers = suggestion.closeAnswers();
        this.closeToModel = suggestion.closeToModel();
        this.suggestedAt = now;
    }

    /** Records the trainer's level for the criterion. */
    public void decide(int level, Instant now) {
        this.decidedLevel = level;
        this.decidedAt = now;
    }

    public long attemptId() {
        return attemptId;
    }

    public String itemKey() {
        return itemKey;
    }

    public ItemKind itemKind() {
        return itemKind;
    }

    public String criterion() {
        return criterion;
    }

    public @Nullable Integer suggestedLevel() {
        return suggestedLevel;
    }

    public @Nullable Integer decidedLevel() {
        return decidedLevel;
    }

    /** The suggestion as it was shown (without the language, which is not kept). */
    public LevelSuggestion suggestion() {
        var level = suggestedLevel;
        return new LevelSuggestion(basis, level == null ? 0 : level, confidence, closeAnswers, closeToModel, null);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof ReviewSuggestion other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return ReviewSuggestion.class.hashCode();
    }
}
