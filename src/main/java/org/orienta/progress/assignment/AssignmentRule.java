package org.orienta.progress.assignment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A trainer's decision that some people take a module by a date; a department or role rule stands for newcomers. */
@Entity
@Table(name = "assignment_rule")
class AssignmentRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String moduleKey;

    @Enumerated(EnumType.STRING)
    private AssignmentTarget target;

    private @Nullable Long departmentId;

    private @Nullable Long jobRoleId;

    private @Nullable LocalDate dueDate;

    private @Nullable Integer recurrenceMonths;

    private String createdBy;

    private Instant createdAt;

    protected AssignmentRule() {
        // To keep Hibernate happy
        this.moduleKey = "";
        this.target = AssignmentTarget.PEOPLE;
        this.createdBy = "";
        this.createdAt = Instant.EPOCH;
    }

    AssignmentRule(
            String moduleKey,
            AssignmentTarget target,
            @Nullable Long departmentId,
            @Nullable Long jobRoleId,
            @Nullable LocalDate dueDate,
            @Nullable Integer recurrenceMonths,
            String createdBy,
            Instant now) {
        this.recurrenceMonths = recurrenceMonths;
        this.moduleKey = moduleKey;
        this.target = target;
        this.departmentId = departmentId;
        this.jobRoleId = jobRoleId;
        this.dueDate = dueDate;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("rule not saved yet");
        }
        return id;
    }

    public String moduleKey() {
        return moduleKey;
    }

    AssignmentTarget target() {
        return target;
    }

    @Nullable Long departmentId() {
        return departmentId;
    }

    @Nullable Long jobRoleId() {
        return jobRoleId;
    }

    @Nullable LocalDate dueDate() {
        return dueDate;
    }

    void due(@Nullable LocalDate newDue) {
        this.dueDate = newDue;
    }

    /** Months after each completion when the module is due again; null for a one-off assignment. */
    @Nullable public Integer recurrenceMonths() {
        return recurrenceMonths;
    }

    String createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof AssignmentRule other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return AssignmentRule.class.hashCode();
    }
}
