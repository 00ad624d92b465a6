package org.orienta.people;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A job a person holds, such as "Front-desk advisor"; competency targets are set per job role. */
@Entity
@Table(name = "job_role")
class JobRole {

    static final int NAME_MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String name;

    @Version
    private long version;

    protected JobRole() {
        // To keep Hibernate happy
        this.name = "";
    }

    JobRole(String name) {
        var trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("a job role name has 1 to " + NAME_MAX_LENGTH + " characters");
        }
        this.name = trimmed;
    }

    void rename(String newName) {
        var trimmed = newName.strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("a job role name has 1 to " + NAME_MAX_LENGTH + " characters");
        }
        this.name = trimmed;
    }

    JobRoleId id() {
        if (id == null) {
            throw new IllegalStateException("job role not saved yet");
        }
        return new JobRoleId(id);
    }

    String name() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof JobRole other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        // Constant, so that an entity keeps its hash when Hibernate assigns the id on save.
        return JobRole.class.hashCode();
    }
}
