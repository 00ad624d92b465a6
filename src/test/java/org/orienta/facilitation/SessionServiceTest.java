package org.orienta.facilitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.SignedIn;
import org.orienta.TestUsers;
import org.orienta.base.ConcurrentEditException;
import org.orienta.base.FieldProblem;
import org.orienta.base.InvalidInputException;
import org.orienta.checklist.ChecklistAnswer;
import org.orienta.content.ContentService;
import org.orienta.observation.ObservationService;
import org.orienta.observation.ObservationSource;
import org.orienta.observation.ObservedAnswer;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonId;
import org.orienta.reporting.ExportReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@WithUserDetails(TestUsers.TRAINER)
class SessionServiceTest {

    @Autowired
    SessionService sessions;

    @Autowired
    PeopleService people;

    @Autowired
    ContentService content;

    @Autowired
    UserDetailsService users;

    @Autowired
    ObservationService observations;

    @BeforeEach
    void activities() {
        SessionFixtures.importActivities(content);
    }

    private long scheduleYesAnd() {
        return sessions.schedule(SessionFixtures.yesAndNow(people, "Anna Kowalski", "Ben Okafor", "Chloé Martin"));
    }

    private PersonId anna() {
        return SessionFixtures.people(people, "Anna Kowalski").iterator().next();
    }

    @Test
    void a_trainer_schedules_a_session_of_the_published_activity_with_its_people() {
        long id = scheduleYesAnd();

        var session = sessions.session(id);
        assertThat(session.activity().id()).isEqualTo("live-yes-and");
        assertThat(session.activityVersion()).isEqualTo(1);
        assertThat(session.minutes()).isEqualTo(20);
        assertThat(session.place()).isEqualTo("Training room 2");
        assertThat(session.facilitatorName()).isEqualTo("Maya Chen");
        assertThat(session.participants())
                .extracting(ParticipantRow::name)
                .containsExactly("Anna Kowalski", "Ben Okafor", "Chloé Martin");
        assertThat(session.participants())
                .allSatisfy(p -> assertThat(p.attendance()).isEqualTo(Attendance.UNMARKED));
        assertThat(session.groups())
                .hasSize(1)
                .allSatisfy(g -> assertThat(g.card()).isNotNull());
        assertThat(session.refusal()).isNull();
        assertThat(sessions.sessions()).extracting(SessionRow::id).contains(id);
    }

    @Test
    void every_missing_field_is_named_at_once_and_nothing_is_saved() {
        var before = sessions.sessions().size();

        assertThatThrownBy(() -> sessions.schedule(new SessionDraft(null, null, " ", null, Set.of())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("activity", "startsAt", "place", "facilitator", "participants"));
        assertThat(sessions.sessions()).hasSize(before);
    }

    @Test
    void only_trainees_take_part_and_only_trainers_facilitate() {
        var hr = new PersonId(-1);
        var draft = SessionFixtures.yesAndNow(people, "Anna Kowalski");

        assertThatThrownBy(() -> sessions.schedule(
                        new SessionDraft(draft.activityKey(), draft.startsAt(), "Room", hr, draft.participants())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(FieldProblem.of("facilitator", "sessions.notAFacilitator")));
        assertThatThrownBy(() -> sessions.schedule(new SessionDraft(
                        draft.activityKey(), draft.startsAt(), "Room", draft.facilitator(), Set.of(hr))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(FieldProblem.of("participants", "sessions.notATrainee")));
    }

    @Test
    void attendance_is_marked_per_person_and_counted_in_the_list() {
        long id = scheduleYesAnd();

        sessions.mark(id, anna(), Attendance.PRESENT);

        assertThat(sessions.session(id).participant(anna()))
                .hasValueSatisfying(p -> assertThat(p.attendance()).isEqualTo(Attendance.PRESENT));
        assertThat(sessions.sessions())
                .filteredOn(r -> r.id() == id)
                .singleElement()
                .satisfies(r -> assertThat(r.present()).isEqualTo(1));
    }

    @Test
    void attendance_cannot_be_taken_days_before_the_session() {
        var draft = SessionFixtures.yesAndNow(people, "Anna Kowalski");
        long id = sessions.schedule(new SessionDraft(
                draft.activityKey(),
                LocalDateTime.now().plusDays(2),
                draft.place(),
                draft.facilitator(),
                draft.participants()));

        assertThat(sessions.session(id).refusal()).isEqualTo("sessions.refused.notYet");
        assertThatThrownBy(() -> sessions.mark(id, anna(), Attendance.PRESENT))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(FieldProblem.of("session", "sessions.refused.notYet")));
        assertThat(sessions.session(id).participant(anna()))
                .hasValueSatisfying(p -> assertThat(p.attendance()).isEqualTo(Attendance.UNMARKED));
    }

    @Test
    void someone_marked_stays_on_the_list_when_the_session_is_changed() {
        long id = scheduleYesAnd();
        sessions.mark(id, anna(), Attendance.ABSENT);
        var session = sessions.session(id);
        var withoutAnna = SessionFixtures.yesAndNow(people, "Ben Okafor");

        assertThatThrownBy(() -> sessions.change(id, withoutAnna, session.version()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(FieldProblem.of(
                                        "participants", "sessions.refused.removeMarked", "Anna Kowalski")));
        assertThat(sessions.session(id).participants()).hasSize(3);
    }

    @Test
    void a_change_moves_the_session_and_takes_people_off_who_have_nothing_recorded() {
        long id = scheduleYesAnd();
        var session = sessions.session(id);
        var draft = SessionFixtures.yesAndNow(people, "Anna Kowalski", "Daniel Weber");

        sessions.change(
                id,
                new SessionDraft(
                        draft.activityKey(), draft.startsAt(), "Room 5", draft.facilitator(), draft.participants()),
                session.version());

        var changed = sessions.session(id);
        assertThat(changed.place()).isEqualTo("Room 5");
        assertThat(changed.participants())
                .extracting(ParticipantRow::name)
                .containsExactly("Anna Kowalski", "Daniel Weber");
    }

    @Test
    void a_change_based_on_an_old_version_is_refused() {
        long id = scheduleYesAnd();
        long version = sessions.session(id).version();
        sessions.change(id, SessionFixtures.yesAndNow(people, "Anna Kowalski"), version);

        assertThatThrownBy(() -> sessions.change(id, SessionFixtures.yesAndNow(people, "Ben Okafor"), version))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void a_cancelled_session_says_why_and_takes_no_attendance() {
        long id = scheduleYesAnd();

        sessions.cancel(id, "The trainer is ill", sessions.session(id).version());

        var cancelled = sessions.session(id);
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.cancelReason()).isEqualTo("The trainer is ill");
        assertThatThrownBy(() -> sessions.mark(id, anna(), Attendance.PRESENT))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_session_someone_attended_cannot_be_cancelled_and_a_cancellation_needs_a_reason() {
        long id = scheduleYesAnd();
        assertThatThrownBy(() -> sessions.cancel(id, "  ", sessions.session(id).version()))
                .isInstanceOf(InvalidInputException.class);
        sessions.mark(id, anna(), Attendance.PRESENT);

        assertThatThrownBy(() ->
                        sessions.cancel(id, "Too late", sessions.session(id).version()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(FieldProblem.of("session", "sessions.refused.cancelHeld")));
    }

    @Test
    void the_participant_sees_the_session_and_whether_they_came() {
        long id = scheduleYesAnd();
        sessions.mark(id, anna(), Attendance.PRESENT);

        var mine = SignedIn.callAs(users, TestUsers.TRAINEE, sessions::mine);

        assertThat(mine).filteredOn(m -> m.id() == id).singleElement().satisfies(m -> {
            assertThat(m.title().english()).isEqualTo("Yes, and…");
            assertThat(m.attendance()).isEqualTo(Attendance.PRESENT);
            assertThat(m.facilitator()).isEqualTo("Maya Chen");
        });
        assertThat(SignedIn.callAs(users, "daniel", sessions::mine)).isEmpty();
    }

    @Test
    void a_trainee_can_neither_schedule_nor_read_other_peoples_sessions() {
        var draft = SessionFixtures.yesAndNow(people, "Anna Kowalski");
        SignedIn.as(users, TestUsers.TRAINEE);

        assertThatThrownBy(() -> sessions.schedule(draft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.sessions()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.session(1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void hr_cannot_run_sessions_and_a_trainer_has_no_list_of_their_own_as_participant() {
        SignedIn.as(users, TestUsers.HR);

        assertThatThrownBy(() -> sessions.sessions()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.mine()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_guide_prints_the_steps_and_each_pair_s_card_in_the_reader_s_language() {
        long id = scheduleYesAnd();
        var session = sessions.session(id);
        var card = java.util.Objects.requireNonNull(session.groups().getFirst().card());

        var english = ExportReader.pdf(sessions.guide(id, Locale.ENGLISH));
        var thai = ExportReader.pdf(sessions.guide(id, Locale.forLanguageTag("th")));

        assertThat(english.replaceAll("\\s+", " "))
                .contains("Yes, and", "Steps", "Pair 1", card.text().english(), "Chloé Martin");
        assertThat(thai.replaceAll("\\s", ""))
                .contains(card.text().in(Locale.forLanguageTag("th")).replaceAll("\\s", ""));
    }

    @Test
    void printing_twice_draws_the_same_cards() {
        long id = scheduleYesAnd();

        assertThat(ExportReader.pdf(sessions.guide(id, Locale.ENGLISH)))
                .isEqualTo(ExportReader.pdf(sessions.guide(id, Locale.ENGLISH)));
        assertThat(sessions.session(id).groups()).isEqualTo(sessions.session(id).groups());
    }

    @Test
    void the_attendance_sheet_lists_everyone_with_their_department_in_cyrillic_too() {
        long id = scheduleYesAnd();
        sessions.mark(id, anna(), Attendance.PRESENT);

        var sheet = ExportReader.pdf(sessions.attendanceSheet(id, Locale.forLanguageTag("ru")));

        assertThat(sheet).contains("Anna Kowalski", "Ben Okafor", "Chloé Martin", "Посещаемость", "Подпись");
    }

    private static java.util.List<ObservedAnswer> answers(
            org.orienta.checklist.PublishedChecklist checklist, ChecklistAnswer answer) {
        return checklist.definition().behaviours().stream()
                .map(b -> new ObservedAnswer(b.id(), answer, null))
                .toList();
    }

    @Test
    void an_observation_is_recorded_from_the_session_with_its_checklist_and_marks_the_person_present() {
        long id = scheduleYesAnd();
        var checklist = sessions.checklist(id).orElseThrow();

        var observed = sessions.observe(id, anna(), answers(checklist, ChecklistAnswer.DONE));

        assertThat(checklist.key()).isEqualTo("live-yes-and");
        var participant = sessions.session(id).participant(anna()).orElseThrow();
        assertThat(participant.observationId()).isEqualTo(observed.value());
        assertThat(participant.attendance()).isEqualTo(Attendance.PRESENT);
        var record = SignedIn.callAs(users, TestUsers.TRAINEE, observations::mine).stream()
                .filter(o -> o.id().equals(observed))
                .findFirst()
                .orElseThrow();
        assertThat(record.source()).isEqualTo(ObservationSource.SESSION);
        assertThat(record.checklistKey()).isEqualTo("live-yes-and");
        assertThat(record.observerName()).isEqualTo("Maya Chen");
    }

    @Test
    void answers_the_checklist_refuses_leave_neither_an_observation_nor_attendance() {
        long id = scheduleYesAnd();
        var checklist = sessions.checklist(id).orElseThrow();
        var incomplete = answers(checklist, ChecklistAnswer.DONE).subList(0, 1);

        assertThatThrownBy(() -> sessions.observe(id, anna(), incomplete)).isInstanceOf(InvalidInputException.class);

        var participant = sessions.session(id).participant(anna()).orElseThrow();
        assertThat(participant.observationId()).isNull();
        assertThat(participant.attendance()).isEqualTo(Attendance.UNMARKED);
        assertThat(SignedIn.callAs(users, TestUsers.TRAINEE, observations::mine))
                .isEmpty();
    }

    @Test
    void someone_absent_is_not_observed_and_someone_observed_is_not_marked_absent_or_observed_twice() {
        long id = scheduleYesAnd();
        var checklist = sessions.checklist(id).orElseThrow();
        var ben = SessionFixtures.people(people, "Ben Okafor").iterator().next();
        sessions.mark(id, ben, Attendance.ABSENT);
        sessions.observe(id, anna(), answers(checklist, ChecklistAnswer.PARTLY));

        assertThatThrownBy(() -> sessions.observe(id, ben, answers(checklist, ChecklistAnswer.DONE)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(FieldProblem.of("session", "sessions.refused.absentObserved")));
        assertThatThrownBy(() -> sessions.mark(id, anna(), Attendance.ABSENT))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(FieldProblem.of("session", "sessions.refused.observedAbsent")));
        assertThatThrownBy(() -> sessions.observe(id, anna(), answers(checklist, ChecklistAnswer.DONE)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(FieldProblem.of("session", "sessions.refused.observedTwice")));
    }
}
