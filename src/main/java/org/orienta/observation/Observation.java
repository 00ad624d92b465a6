package org.orienta.observation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.checklist.ChecklistContext;
import org.orienta.people.DepartmentId;
import org.orienta.people.PersonId;

/** One recorded observation; its answers never change, only a comment and a void are added later. */
@Entity
@Table(name = "observation")
class Observation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String checklistKey;

    private int checklistVersion;

    private @Nullable Long personId;

    /** Null for a visit through a single-use link, which has no account: {@link #observerLabel} names it. */
    private @Nullable Long observerId;

    private @Nullable String observerLabel;

    @Enumerated(EnumType.STRING)
    private ObservationSource source;

    private LocalDate observedOn;

    private @Nullable Long departmentId;

    @Enumerated(EnumType.STRING)
    private @Nullable ChecklistContext channel;

    private @Nullable String sessionRef;

    private Instant recordedAt;

    private @Nullable String traineeComment;

    private @Nullable Instant commentedAt;

    private @Nullable Instant voidedAt;

    private @Nullable String voidedBy;

    private @Nullable String voidReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "observation_answer", joinColumns = @JoinColumn(name = "observation_id"))
    private List<ObservationAnswer> answers = new ArrayList<>();

    @Version
    private long version;

    protected Observation() {
        // To keep Hibernate happy
        this.checklistKey = "";
        this.source = ObservationSource.JOB;
        this.observedOn = LocalDate.EPOCH;
        this.recordedAt = Instant.EPOCH;
    }

    Observation(NewObservation o, Instant now) {
        this.checklistKey = o.checklistKey();
        this.checklistVersion = o.checklistVersion();
        var person = o.person();
        var department = o.department();
        this.personId = person == null ? null : person.value();
        var observer = o.observer();
        this.observerId = observer == null ? null : observer.value();
        this.source = o.source();
        this.observedOn = o.observedOn();
        this.departmentId = department == null ? null : department.value();
        this.channel = o.channel();
        this.sessionRef = o.sessionRef();
        this.recordedAt = now;
        o.answers().forEach(a -> answers.add(new ObservationAnswer(a)));
    }

    ObservationId id() {
        var saved = id;
        if (saved == null) {
            throw new IllegalStateException("observation not saved yet");
        }
        return new ObservationId(saved);
    }

    String checklistKey() {
        return checklistKey;
    }

    int checklistVersion() {
        return checklistVersion;
    }

    @Nullable PersonId person() {
        var id = personId;
        return id == null ? null : new PersonId(id);
    }

    /** Null for a visit through a single-use link. */
    @Nullable PersonId observer() {
        var id = observerId;
        return id == null ? null : new PersonId(id);
    }

    /** The label of the single-use link a visit came through; null for an observation by an account. */
    @Nullable String observerLabel() {
        return observerLabel;
    }

    static Observation throughLink(NewObservation o, String label, Instant now) {
        var observation = new Observation(o, now);
        observation.observerLabel = label;
        return observation;
    }

    ObservationSource source() {
        return source;
    }

    LocalDate observedOn() {
        return observedOn;
    }

    @Nullable DepartmentId department() {
        var id = departmentId;
        return id == null ? null : new DepartmentId(id);
    }

    @Nullable ChecklistContext channel() {
        return channel;
    }

    @Nullable String sessionRef() {
        return sessionRef;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    @Nullable String traineeComment() {
        return traineeComment;
    }

    @Nullable Instant commentedAt() {
        return commentedAt;
    }

    boolean voided() {
        return voidedAt != null;
    }

    @Nullable Instant voidedAt() {
        return voidedAt;
    }

    @Nullable String voidedBy() {
        return voidedBy;
    }

    @Nullable String voidReason() {
        return voidReason;
    }

    List<ObservedAnswer> answers() {
        return answers.stream().map(ObservationAnswer::toRecord).toList();
    }

    void comment(@Nullable String comment, Instant at) {
        this.traineeComment = comment;
        this.commentedAt = comment == null ? null : at;
    }

    void markVoid(String by, String reason, Instant at) {
        this.voidedAt = at;
        this.voidedBy = by;
        this.voidReason = reason;
    }

    void eraseNotes() {
        answers.forEach(ObservationAnswer::eraseNote);
    }

    /** The trainer who voided it was erased: their username goes, the void stays. */
    void renameVoider(String former, String pseudonym) {
        if (former.equals(voidedBy)) {
            voidedBy = pseudonym;
        }
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Observation other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        // Constant, so that an entity keeps its hash when Hibernate assigns the id on save.
        return Observation.class.hashCode();
    }
}
