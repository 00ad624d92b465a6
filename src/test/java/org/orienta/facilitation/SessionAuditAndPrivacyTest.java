package org.orienta.facilitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.Committed;
import org.orienta.IntegrationTest;
import org.orienta.SignedIn;
import org.orienta.TestUsers;
import org.orienta.audit.AuditAction;
import org.orienta.audit.AuditFilter;
import org.orienta.audit.AuditRecord;
import org.orienta.audit.AuditService;
import org.orienta.base.Translations;
import org.orienta.checklist.ChecklistAnswer;
import org.orienta.content.ContentService;
import org.orienta.observation.ObservedAnswer;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonId;
import org.orienta.progress.privacy.PersonalDataService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Scheduling a session, changing, cancelling it and taking attendance are in the audit trail; a
 * participant's sessions are in their data download; erasing someone replaces their name and username
 * where sessions copied them.
 */
@IntegrationTest
@WithUserDetails(TestUsers.TRAINER)
class SessionAuditAndPrivacyTest {

    @Autowired
    SessionService sessions;

    @Autowired
    PeopleService people;

    @Autowired
    ContentService content;

    @Autowired
    UserDetailsService users;

    @Autowired
    AuditService audit;

    @Autowired
    Translations translations;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    jakarta.persistence.EntityManager entities;

    @BeforeEach
    void activities() {
        SessionFixtures.importActivities(content);
    }

    private PersonId anna() {
        return SessionFixtures.people(people, "Anna Kowalski").iterator().next();
    }

    private long scheduleYesAnd() {
        return sessions.schedule(SessionFixtures.yesAndNow(people, "Anna Kowalski", "Ben Okafor"));
    }

    private List<AuditRecord> entries(AuditAction action) {
        Committed.asIfCommitted();
        return SignedIn.callAs(
                users,
                TestUsers.ADMIN,
                () -> audit.search(new AuditFilter(
                        Instant.now().minus(Duration.ofDays(1)),
                        Instant.now().plus(Duration.ofDays(1)),
                        Set.of(action),
                        "",
                        "")));
    }

    @Test
    void scheduling_changing_and_cancelling_a_session_are_audited() {
        long id = scheduleYesAnd();
        var draft = SessionFixtures.yesAndNow(people, "Anna Kowalski");
        sessions.change(
                id,
                new SessionDraft(
                        draft.activityKey(), draft.startsAt(), "Room 5", draft.facilitator(), draft.participants()),
                sessions.session(id).version());
        sessions.cancel(id, "The trainer is ill", sessions.session(id).version());

        var target = "session " + id + " (live-yes-and)";
        assertThat(entries(AuditAction.SESSION_SCHEDULED)).anySatisfy(e -> {
            assertThat(e.target()).isEqualTo(target);
            assertThat(e.actor()).isEqualTo(TestUsers.TRAINER);
            assertThat(e.detail()).contains("place: Training room 2", "participants: 2");
        });
        assertThat(entries(AuditAction.SESSION_CHANGED)).anySatisfy(e -> {
            assertThat(e.target()).isEqualTo(target);
            assertThat(e.detail()).contains("place: Room 5", "participants: 1");
        });
        assertThat(entries(AuditAction.SESSION_CANCELLED)).anySatisfy(e -> {
            assertThat(e.target()).isEqualTo(target);
            assertThat(e.detail()).isEqualTo("The trainer is ill");
        });
    }

    @Test
    void attendance_is_audited_and_reads_in_the_administrators_language() {
        long id = scheduleYesAnd();

        sessions.mark(id, anna(), Attendance.ABSENT);
        sessions.mark(id, anna(), Attendance.PRESENT);

        var marks = entries(AuditAction.ATTENDANCE_RECORDED).stream()
                .filter(e -> e.target().equals("session " + id + " (live-yes-and)"))
                .toList();
        assertThat(marks)
                .extracting(AuditRecord::detail)
                .containsExactlyInAnyOrder("Anna Kowalski: absent", "Anna Kowalski: present");
        var croatian = Locale.forLanguageTag("hr");
        assertThat(marks)
                .extracting(e -> e.detail((key, args) -> translations.getTranslation(key, croatian, args)))
                .contains("Anna Kowalski: prisutan");
        assertThat(marks.getFirst().target((key, args) -> translations.getTranslation(key, croatian, args)))
                .isEqualTo("radionica " + id + " (live-yes-and)");
    }

    @Test
    void recording_an_observation_of_someone_not_yet_marked_audits_their_attendance() {
        long id = scheduleYesAnd();
        var checklist = sessions.checklist(id).orElseThrow();

        sessions.observe(
                id,
                anna(),
                checklist.definition().behaviours().stream()
                        .map(b -> new ObservedAnswer(b.id(), ChecklistAnswer.DONE, null))
                        .toList());

        assertThat(entries(AuditAction.ATTENDANCE_RECORDED))
                .filteredOn(e -> e.target().equals("session " + id + " (live-yes-and)"))
                .extracting(AuditRecord::detail)
                .containsExactly("Anna Kowalski: present");
    }

    @Test
    void a_participant_downloads_their_sessions_with_attendance_and_observation() {
        long id = scheduleYesAnd();
        var checklist = sessions.checklist(id).orElseThrow();
        var observed = sessions.observe(
                id,
                anna(),
                checklist.definition().behaviours().stream()
                        .map(b -> new ObservedAnswer(b.id(), ChecklistAnswer.PARTLY, "Built on every offer"))
                        .toList());

        var data = SignedIn.callAs(users, TestUsers.TRAINEE, () -> personalData.mine("json"));

        assertThat(data.more().get("sessions").rows()).singleElement().satisfies(row -> {
            assertThat(row.get("session")).isEqualTo(Long.toString(id));
            assertThat(row.get("activity")).isEqualTo("live-yes-and");
            assertThat(row.get("facilitator")).isEqualTo("Maya Chen");
            assertThat(row.get("your_part")).isEqualTo("PARTICIPANT");
            assertThat(row.get("attendance")).isEqualTo("PRESENT");
            assertThat(row.get("observation")).isEqualTo(Long.toString(observed.value()));
        });
        assertThat(data.more().get("observations").rows()).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get("source")).isEqualTo("SESSION");
            assertThat(row.get("observer")).isEqualTo("Maya Chen");
            assertThat(row.get("note")).isEqualTo("Built on every offer");
        });
        var csv = new String(PersonalDataService.csvZip(data), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(csv).contains("sessions.csv", "observations.csv");
    }

    @Test
    void erasing_the_facilitator_replaces_their_name_and_username_where_the_session_copied_them() {
        long id = scheduleYesAnd();
        sessions.mark(id, anna(), Attendance.PRESENT);
        var maya = SessionFixtures.trainer(people);

        var pseudonym = SignedIn.callAs(users, TestUsers.ADMIN, () -> people.erase(maya));
        entities.flush();

        var row = jdbc.sql("select facilitator_name, created_by from facilitated_session where id = ?")
                .param(id)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
                .single();
        assertThat(row).containsExactly(pseudonym, pseudonym);
        assertThat(jdbc.sql("select marked_by from session_participant where session_id = ? and marked_by is not null")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsOnly(pseudonym);
        assertThat(jdbc.sql("select count(*) from session_participant where session_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2L);
    }
}
