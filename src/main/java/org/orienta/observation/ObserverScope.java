package org.orienta.observation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One branch (department) or one person an external observer may observe. */
@Entity
@Table(name = "observer_scope")
class ObserverScope {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long observerId;

    private @Nullable Long departmentId;

    private @Nullable Long personId;

    protected ObserverScope() {
        // To keep Hibernate happy
    }

    private ObserverScope(long observerId, @Nullable Long departmentId, @Nullable Long personId) {
        this.observerId = observerId;
        this.departmentId = departmentId;
        this.personId = personId;
    }

    static ObserverScope department(long observerId, long departmentId) {
        return new ObserverScope(observerId, departmentId, null);
    }

    static ObserverScope person(long observerId, long personId) {
        return new ObserverScope(observerId, null, personId);
    }

    @Nullable Long departmentId() {
        return departmentId;
    }

    @Nullable Long personId() {
        return personId;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof ObserverScope other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return ObserverScope.class.hashCode();
    }
}
