package org.orienta.facilitation;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When attendance and observations may be recorded, and what may change afterwards. Pure, so each rule
 * is tested on its own; the service turns a refusal into a message for the person who tried.
 */
public final class AttendanceRules {

    /** People arrive early: attendance can be taken from an hour before the start. */
    static final Duration EARLY = Duration.ofHours(1);

    private AttendanceRules() {}

    /** What a participant's row holds as far as the rules care. */
    public record Mark(Attendance attendance, boolean observed) {}

    /** Why attendance cannot be taken now, as a message key; empty when it can. */
    public static Optional<String> cannotRecord(Instant startsAt, boolean cancelled, Instant now) {
        if (cancelled) {
            return Optional.of("sessions.refused.cancelled");
        }
        if (now.isBefore(startsAt.minus(EARLY))) {
            return Optional.of("sessions.refused.notYet");
        }
        return Optional.empty();
    }

    /** Why a participant cannot be marked so; empty when they can. Someone observed was there. */
    public static Optional<String> cannotMark(Mark current, Attendance wanted) {
        if (wanted == Attendance.ABSENT && current.observed()) {
            return Optional.of("sessions.refused.observedAbsent");
        }
        return Optional.empty();
    }

    /** Why a participant cannot be observed; empty when they can (an unmarked one is then marked present). */
    public static Optional<String> cannotObserve(Mark current) {
        if (current.attendance() == Attendance.ABSENT) {
            return Optional.of("sessions.refused.absentObserved");
        }
        if (current.observed()) {
            return Optional.of("sessions.refused.observedTwice");
        }
        return Optional.empty();
    }

    /** Why a participant cannot be taken off the list; empty when they can. What was recorded stays. */
    public static Optional<String> cannotRemove(Mark current) {
        return current.attendance() != Attendance.UNMARKED || current.observed()
                ? Optional.of("sessions.refused.removeMarked")
                : Optional.empty();
    }

    /** Why a session cannot be cancelled; empty when it can. A session someone attended took place. */
    public static Optional<String> cannotCancel(boolean cancelled, boolean anyonePresent) {
        if (cancelled) {
            return Optional.of("sessions.refused.cancelled");
        }
        if (anyonePresent) {
            return Optional.of("sessions.refused.cancelHeld");
        }
        return Optional.empty();
    }
}
