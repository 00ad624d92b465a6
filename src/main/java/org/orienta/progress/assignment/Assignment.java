package org.orienta.progress.assignment;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A module a trainee is asked to complete, optionally by a date. */
@Entity
@Table(name = "assignment")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long traineeId;

    private String moduleKey;

    private @Nullable LocalDate dueDate;

    private String assignedBy;

    private Instant assignedAt;

    private @Nullable Long ruleId;

    @Version
    private long version;

    protected Assignment() {
        // To keep Hibernate happy
        this.moduleKey = "";
        this.assignedBy = "";
        this.assignedAt = Instant.EPOCH;
    }

    Assignment(long traineeId, String moduleKey, @Nullable LocalDate dueDate, String assignedBy, Instant now) {
        this.traineeId = traineeId;
        this.moduleKey = moduleKey;
        this.dueDate = dueDate;
        this.assignedBy = assignedBy;
        this.assignedAt = now;
    }

    public long traineeId() {
        return traineeId;
    }

    public String moduleKey() {
        return moduleKey;
    }

    @Nullable public LocalDate dueDate() {
        return dueDate;
    }

    public String assignedBy() {
        return assignedBy;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    @Nullable Long ruleId() {
        return ruleId;
    }

    /** A later assignment of the same module replaces the earlier one's due date and rule. */
    void reassign(@Nullable LocalDate newDue, long rule, String by, Instant now) {
        this.dueDate = newDue;
        this.ruleId = rule;
        this.assignedBy = by;
        this.assignedAt = now;
    }

    void rule(long rule) {
        this.ruleId = rule;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Assignment other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        // Constant, so that an entity keeps its hash when Hibernate assigns the id on save.
        return Assignment.class.hashCode();
    }
}
