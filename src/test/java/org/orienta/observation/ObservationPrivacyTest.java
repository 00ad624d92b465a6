package org.orienta.observation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.SignedIn;
import org.orienta.TestUsers;
import org.orienta.checklist.ChecklistAnswer;
import org.orienta.checklist.ChecklistContext;
import org.orienta.checklist.ChecklistService;
import org.orienta.content.ContentService;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonDraft;
import org.orienta.people.PersonId;
import org.orienta.people.Role;
import org.orienta.progress.privacy.PersonalDataService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Observations in a person's data download, and what erasing someone does to the observations' records. */
@IntegrationTest
class ObservationPrivacyTest {

    @Autowired
    ObservationService observations;

    @Autowired
    VisitLinkService links;

    @Autowired
    ChecklistService checklists;

    @Autowired
    ContentService content;

    @Autowired
    PeopleService people;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager entities;

    @Autowired
    Clock clock;

    PersonId anna;
    PersonId chloe;

    @BeforeEach
    void organisation() {
        ObservationFixtures.setUp(content, people, observations, users);
        anna = ObservationFixtures.id(people, "anna");
        chloe = ObservationFixtures.id(people, ObservationFixtures.MANAGER);
    }

    private ObservationId observeAnna(String note) {
        var checklist = SignedIn.callAs(users, TestUsers.TRAINER, () -> checklists.published("counter-visit"))
                .orElseThrow();
        return SignedIn.callAs(
                users,
                ObservationFixtures.MANAGER,
                () -> observations.record(new NewObservation(
                        checklist.key(),
                        checklist.version(),
                        anna,
                        chloe,
                        ObservationSource.JOB,
                        LocalDate.now(clock),
                        null,
                        ChecklistContext.COUNTER,
                        null,
                        checklist.definition().behaviours().stream()
                                .map(b -> new ObservedAnswer(b.id(), ChecklistAnswer.DONE, note))
                                .toList())));
    }

    @Test
    void the_observed_person_downloads_each_answer_with_the_note_and_their_comment() {
        var id = observeAnna("Greeted at once");
        SignedIn.callAs(users, TestUsers.TRAINEE, () -> {
            observations.comment(id, "It was a quiet morning");
            return null;
        });

        var data = SignedIn.callAs(users, TestUsers.TRAINEE, () -> personalData.mine("csv"));

        var table = data.more().get("observations");
        assertThat(table.columns()).contains("observation", "source", "observer", "note", "your_comment");
        assertThat(table.rows()).hasSize(5).allSatisfy(row -> {
            assertThat(row.get("observation")).isEqualTo(Long.toString(id.value()));
            assertThat(row.get("source")).isEqualTo("JOB");
            assertThat(row.get("observer")).isEqualTo("Chloé Martin");
            assertThat(row.get("note")).isEqualTo("Greeted at once");
            assertThat(row.get("your_comment")).isEqualTo("It was a quiet morning");
        });
        assertThat(data.more().get("sessions").rows()).isEmpty();
    }

    @Test
    void a_mystery_shopper_stays_unnamed_in_the_download() {
        var checklist = SignedIn.callAs(users, TestUsers.TRAINER, () -> checklists.published("counter-visit"))
                .orElseThrow();
        var mystery = ObservationFixtures.id(people, ObservationFixtures.OBSERVER);
        SignedIn.callAs(
                users,
                ObservationFixtures.OBSERVER,
                () -> observations.record(new NewObservation(
                        checklist.key(),
                        checklist.version(),
                        anna,
                        mystery,
                        ObservationSource.MYSTERY_SHOPPING,
                        LocalDate.now(clock),
                        ObservationFixtures.department(people, "Retail").id(),
                        ChecklistContext.COUNTER,
                        null,
                        checklist.definition().behaviours().stream()
                                .map(b -> new ObservedAnswer(b.id(), ChecklistAnswer.DONE, null))
                                .toList())));

        var data = SignedIn.callAs(users, TestUsers.TRAINEE, () -> personalData.mine("json"));

        assertThat(data.more().get("observations").rows()).allSatisfy(row -> {
            assertThat(row.get("source")).isEqualTo("MYSTERY_SHOPPING");
            assertThat(row.get("observer")).isEmpty();
            assertThat(row.get("branch")).isEqualTo("Retail");
        });
        assertThat(new String(PersonalDataService.json(data), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("Mo Mystery");
    }

    @Test
    void erasing_someone_replaces_their_username_where_they_voided_or_issued_a_link() {
        var second = SignedIn.callAs(
                users,
                TestUsers.ADMIN,
                () -> people.create(
                                new PersonDraft(
                                        "second-admin",
                                        "Sam Second",
                                        "sam@example.com",
                                        null,
                                        null,
                                        EnumSet.of(Role.ADMIN, Role.TRAINER),
                                        null),
                                "a long initial phrase for sam")
                        .id());
        var voided = observeAnna(null);
        SignedIn.callAs(users, "second-admin", () -> {
            observations.voidObservation(voided, "Wrong person");
            return links.issue(new NewVisitLink(
                    "Agency",
                    ObservationFixtures.department(people, "Retail").id(),
                    null,
                    "counter-visit",
                    LocalDate.now(clock.withZone(ZoneId.systemDefault())).plusDays(1)));
        });

        var pseudonym = SignedIn.callAs(users, TestUsers.ADMIN, () -> people.erase(second));
        entities.flush();

        assertThat(jdbc.sql("select voided_by from observation where id = ?")
                        .param(voided.value())
                        .query(String.class)
                        .single())
                .isEqualTo(pseudonym);
        assertThat(jdbc.sql("select created_by from visit_link where label = 'Agency'")
                        .query(String.class)
                        .single())
                .isEqualTo(pseudonym);
        assertThat(jdbc.sql("select count(*) from visit_link where created_by = 'second-admin'"
                                + " or revoked_by = 'second-admin'")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
