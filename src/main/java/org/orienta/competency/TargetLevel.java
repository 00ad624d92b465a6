package org.orienta.competency;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** The level a job role is expected to reach in one competency. */
@Entity
@Table(name = "target_level")
class TargetLevel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long jobRoleId;

    private String competency;

    private int level;

    @Version
    private long version;

    protected TargetLevel() {
        // To keep Hibernate happy
        this.competency = "";
    }

    TargetLevel(long jobRoleId, String competency, int level) {
        this.jobRoleId = jobRoleId;
        this.competency = competency;
        this.level = level;
    }

    long jobRoleId() {
        return jobRoleId;
    }

    String competency() {
        return competency;
    }

    int level() {
        return level;
    }

    void setLevel(int level) {
        this.level = level;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof TargetLevel other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        // Constant, so that an entity keeps its hash when Hibernate assigns the id on save.
        return TargetLevel.class.hashCode();
    }
}
