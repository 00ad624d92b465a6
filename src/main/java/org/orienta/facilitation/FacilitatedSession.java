package org.orienta.facilitation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.orienta.people.PersonId;

/**
 * One scheduled run of an activity: when, where, who facilitates, who takes part, and the seed its cards
 * are drawn with. The activity version is pinned when scheduled, so the guide printed and the session
 * run are the same even if the activity is republished meanwhile.
 */
@Entity
@Table(name = "facilitated_session")
class FacilitatedSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String activityKey;
    private int activityVersion;
    private Instant startsAt;
    private int minutes;
    private String place;
    private long facilitatorId;
    private String facilitatorName;
    private long seed;
    private @Nullable Instant cancelledAt;
    private @Nullable String cancelReason;
    private String createdBy;
    private Instant createdAt;
    private @Nullable String changedBy;
    private @Nullable Instant changedAt;
    /** Counts changes, so that every change (even to the same values) moves the version on. */
    private int changes;

    @Version
    private long version;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<SessionParticipant> participants = new ArrayList<>();

    protected FacilitatedSession() {
        // For Hibernate
        this.activityKey = "";
        this.startsAt = Instant.EPOCH;
        this.place = "";
        this.facilitatorName = "";
        this.createdBy = "";
        this.createdAt = Instant.EPOCH;
    }

    FacilitatedSession(String activityKey, int activityVersion, long seed, String createdBy, Instant createdAt) {
        this();
        this.activityKey = activityKey;
        this.activityVersion = activityVersion;
        this.seed = seed;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("session not saved yet");
        }
        return id;
    }

    void plan(Instant startsAt, int minutes, String place, PersonId facilitator, String facilitatorName) {
        this.startsAt = startsAt;
        this.minutes = minutes;
        this.place = place;
        this.facilitatorId = facilitator.value();
        this.facilitatorName = facilitatorName;
    }

    /** Another activity (or a newer version of it): the cards are drawn from its deck with the same seed. */
    void activity(String key, int version) {
        this.activityKey = key;
        this.activityVersion = version;
    }

    /** Someone changed or cancelled the session: later changes based on the version before are refused. */
    void changed(String by, Instant now) {
        this.changedBy = by;
        this.changedAt = now;
        this.changes++;
    }

    void cancel(String reason, Instant now) {
        this.cancelledAt = now;
        this.cancelReason = reason;
    }

    String activityKey() {
        return activityKey;
    }

    int activityVersion() {
        return activityVersion;
    }

    Instant startsAt() {
        return startsAt;
    }

    int minutes() {
        return minutes;
    }

    String place() {
        return place;
    }

    PersonId facilitator() {
        return new PersonId(facilitatorId);
    }

    String facilitatorName() {
        return facilitatorName;
    }

    long seed() {
        return seed;
    }

    boolean cancelled() {
        return cancelledAt != null;
    }

    @Nullable String cancelReason() {
        return cancelReason;
    }

    long version() {
        return version;
    }

    List<SessionParticipant> participants() {
        return participants;
    }

    Optional<SessionParticipant> participant(PersonId person) {
        return participants.stream().filter(p -> p.person().equals(person)).findFirst();
    }

    void add(PersonId person) {
        participants.add(new SessionParticipant(this, person));
    }

    void remove(SessionParticipant participant) {
        participants.remove(participant);
    }

    /**
     * Someone was erased: where their name (as facilitator) or username (who scheduled, changed or
     * marked) was copied, the pseudonym takes its place. Not a change of the session: its version stays.
     */
    void erase(PersonId person, String former, String pseudonym) {
        if (facilitatorId == person.value()) {
            facilitatorName = pseudonym;
        }
        if (former.equals(createdBy)) {
            createdBy = pseudonym;
        }
        if (former.equals(changedBy)) {
            changedBy = pseudonym;
        }
        participants.forEach(p -> p.renameMarker(former, pseudonym));
    }

    @Nullable Instant cancelledAt() {
        return cancelledAt;
    }
}
