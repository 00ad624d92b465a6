package org.orienta.facilitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.orienta.facilitation.AttendanceRules.Mark;

class AttendanceRulesTest {

    private static final Instant START = Instant.parse("2027-03-01T09:00:00Z");

    @Test
    void attendance_can_be_taken_from_an_hour_before_the_start_and_afterwards() {
        assertThat(AttendanceRules.cannotRecord(START, false, START.minus(Duration.ofMinutes(61))))
                .contains("sessions.refused.notYet");
        assertThat(AttendanceRules.cannotRecord(START, false, START.minus(Duration.ofMinutes(60))))
                .isEmpty();
        assertThat(AttendanceRules.cannotRecord(START, false, START.plus(Duration.ofDays(3))))
                .isEmpty();
    }

    @Test
    void nothing_is_recorded_for_a_cancelled_session() {
        assertThat(AttendanceRules.cannotRecord(START, true, START)).contains("sessions.refused.cancelled");
    }

    @Test
    void someone_observed_was_there_and_cannot_be_marked_absent() {
        assertThat(AttendanceRules.cannotMark(new Mark(Attendance.PRESENT, true), Attendance.ABSENT))
                .contains("sessions.refused.observedAbsent");
        assertThat(AttendanceRules.cannotMark(new Mark(Attendance.PRESENT, false), Attendance.ABSENT))
                .isEmpty();
        assertThat(AttendanceRules.cannotMark(new Mark(Attendance.UNMARKED, true), Attendance.PRESENT))
                .isEmpty();
    }

    @Test
    void someone_absent_or_already_observed_cannot_be_observed() {
        assertThat(AttendanceRules.cannotObserve(new Mark(Attendance.ABSENT, false)))
                .contains("sessions.refused.absentObserved");
        assertThat(AttendanceRules.cannotObserve(new Mark(Attendance.PRESENT, true)))
                .contains("sessions.refused.observedTwice");
        assertThat(AttendanceRules.cannotObserve(new Mark(Attendance.UNMARKED, false)))
                .isEmpty();
    }

    @Test
    void only_people_with_nothing_recorded_can_be_taken_off_the_list() {
        assertThat(AttendanceRules.cannotRemove(new Mark(Attendance.UNMARKED, false)))
                .isEmpty();
        assertThat(AttendanceRules.cannotRemove(new Mark(Attendance.ABSENT, false)))
                .contains("sessions.refused.removeMarked");
        assertThat(AttendanceRules.cannotRemove(new Mark(Attendance.PRESENT, false)))
                .contains("sessions.refused.removeMarked");
    }

    @Test
    void a_session_someone_attended_took_place_and_cannot_be_cancelled() {
        assertThat(AttendanceRules.cannotCancel(false, true)).contains("sessions.refused.cancelHeld");
        assertThat(AttendanceRules.cannotCancel(true, false)).contains("sessions.refused.cancelled");
        assertThat(AttendanceRules.cannotCancel(false, false)).isEmpty();
    }
}
