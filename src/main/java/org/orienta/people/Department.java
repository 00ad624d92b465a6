package org.orienta.people;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "department")
class Department {

    static final int NAME_MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private @Nullable Department parent;

    @Version
    private long version;

    protected Department() {
        // To keep Hibernate happy
        this.name = "";
    }

    Department(String name, @Nullable Department parent) {
        this.name = requireName(name);
        this.parent = parent;
    }

    private static String requireName(String name) {
        var trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("a department name has 1 to " + NAME_MAX_LENGTH + " characters");
        }
        return trimmed;
    }

    void change(String newName, @Nullable Department newParent) {
        this.name = requireName(newName);
        this.parent = newParent;
    }

    DepartmentId id() {
        if (id == null) {
            throw new IllegalStateException("department not saved yet");
        }
        return new DepartmentId(id);
    }

    String name() {
        return name;
    }

    @Nullable Department parent() {
        return parent;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Department other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        // Constant, so that an entity keeps its hash when Hibernate assigns the id on save.
        return Department.class.hashCode();
    }
}
