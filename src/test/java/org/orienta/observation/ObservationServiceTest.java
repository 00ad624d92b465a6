package org.orienta.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.SignedIn;
import org.orienta.TestUsers;
import org.orienta.audit.AuditAction;
import org.orienta.audit.AuditFilter;
import org.orienta.audit.AuditService;
import org.orienta.base.InvalidInputException;
import org.orienta.checklist.ChecklistAnswer;
import org.orienta.checklist.ChecklistContext;
import org.orienta.checklist.ChecklistService;
import org.orienta.competency.CompetencyCode;
import org.orienta.content.ContentService;
import org.orienta.people.DepartmentId;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonId;
import org.orienta.progress.proficiency.ProficiencyService;
import org.orienta.reporting.EvidenceFilter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class ObservationServiceTest {

    @Autowired
    ObservationService observations;

    @Autowired
    ChecklistService checklists;

    @Autowired
    ContentService content;

    @Autowired
    PeopleService people;

    @Autowired
    ProficiencyService proficiency;

    @Autowired
    AuditService audit;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    @Autowired
    org.orienta.reporting.ReportService reports;

    @Autowired
    javax.sql.DataSource dataSource;

    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    PersonId anna;
    PersonId chloe;
    PersonId mystery;
    DepartmentId retail;
    DepartmentId banking;

    @BeforeEach
    void organisation() {
        jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(dataSource);
        ObservationFixtures.setUp(content, people, observations, users);
        anna = ObservationFixtures.id(people, "anna");
        chloe = ObservationFixtures.id(people, ObservationFixtures.MANAGER);
        mystery = ObservationFixtures.id(people, ObservationFixtures.OBSERVER);
        retail = ObservationFixtures.department(people, "Retail").id();
        banking = ObservationFixtures.department(people, "Banking").id();
    }

    private NewObservation counterVisit(
            PersonId person, PersonId observer, ObservationSource source, ChecklistAnswer answer) {
        var checklist = SignedIn.callAs(users, TestUsers.TRAINER, () -> checklists.published("counter-visit"))
                .orElseThrow();
        var answers = checklist.definition().behaviours().stream()
                .map(b -> new ObservedAnswer(b.id(), answer, null))
                .toList();
        return new NewObservation(
                checklist.key(),
                checklist.version(),
                person,
                observer,
                source,
                LocalDate.now(clock),
                null,
                ChecklistContext.COUNTER,
                null,
                answers);
    }

    private ObservationId record(String username, NewObservation observation) {
        return SignedIn.callAs(users, username, () -> observations.record(observation));
    }

    /** Anna's running totals that hold any weight, without the date of the latest evidence a void keeps. */
    private java.util.Map<String, String> profileOfAnna() {
        var totals = new java.util.TreeMap<String, String>();
        SignedIn.callAs(users, TestUsers.ADMIN, () -> proficiency.totalsSnapshot())
                .forEach((key, value) -> {
                    if (key.startsWith(anna.value() + "|") && !value.contains("weightUnits=0,")) {
                        totals.put(key, value.replaceAll(", last=[^\\]]*\\]", "]"));
                    }
                });
        return totals;
    }

    @Test
    void a_manager_observes_a_team_member_and_it_counts_as_their_evidence() {
        var before = profileOfAnna();

        record(ObservationFixtures.MANAGER, counterVisit(anna, chloe, ObservationSource.JOB, ChecklistAnswer.DONE));

        assertThat(profileOfAnna())
                .isNotEqualTo(before)
                .containsKeys(anna.value() + "|CO2|null", anna.value() + "|CO5|null");
        var mine = SignedIn.callAs(users, TestUsers.TRAINEE, () -> observations.mine());
        assertThat(mine).singleElement().satisfies(o -> {
            assertThat(o.observerName()).isEqualTo("Chloé Martin");
            assertThat(o.source()).isEqualTo(ObservationSource.JOB);
            assertThat(o.answers())
                    .hasSize(5)
                    .allSatisfy(a -> assertThat(a.shows()).isNotEmpty());
        });
    }

    @Test
    void a_manager_cannot_observe_someone_outside_their_team_and_nothing_is_written() {
        var daniel = ObservationFixtures.id(people, "daniel");

        assertThatThrownBy(() -> record(
                        ObservationFixtures.MANAGER,
                        counterVisit(daniel, chloe, ObservationSource.JOB, ChecklistAnswer.DONE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(SignedIn.callAs(users, "daniel", () -> observations.mine())).isEmpty();
    }

    @Test
    void no_one_records_in_someone_elses_name() {
        assertThatThrownBy(() -> record("ben", counterVisit(anna, chloe, ObservationSource.JOB, ChecklistAnswer.DONE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_trainers_record_session_observations() {
        assertThatThrownBy(() -> record(
                        ObservationFixtures.MANAGER,
                        counterVisit(anna, chloe, ObservationSource.SESSION, ChecklistAnswer.DONE)))
                .isInstanceOf(AccessDeniedException.class);
        var trainer = ObservationFixtures.id(people, TestUsers.TRAINER);

        var id = record(
                TestUsers.TRAINER, counterVisit(anna, trainer, ObservationSource.SESSION, ChecklistAnswer.PARTLY));

        assertThat(id.value()).isPositive();
    }

    @Test
    void a_session_lists_the_observations_recorded_in_it() {
        var trainer = ObservationFixtures.id(people, TestUsers.TRAINER);
        var visit = counterVisit(anna, trainer, ObservationSource.SESSION, ChecklistAnswer.DONE);
        var inSession = new NewObservation(
                visit.checklistKey(),
                visit.checklistVersion(),
                anna,
                trainer,
                ObservationSource.SESSION,
                visit.observedOn(),
                null,
                ChecklistContext.LIVE_EXERCISE,
                "yes-and-monday",
                visit.answers());

        record(TestUsers.TRAINER, inSession);

        assertThat(SignedIn.callAs(users, TestUsers.TRAINER, () -> observations.inSession("yes-and-monday")))
                .singleElement()
                .satisfies(o -> assertThat(o.observerName()).isEqualTo("Maya Chen"));
        assertThat(SignedIn.callAs(users, TestUsers.TRAINER, () -> observations.inSession("another")))
                .isEmpty();
    }

    @Test
    void an_incomplete_checklist_is_refused_and_changes_no_level() {
        var before = profileOfAnna();
        var observation = counterVisit(anna, chloe, ObservationSource.JOB, ChecklistAnswer.DONE);
        var partial = new NewObservation(
                observation.checklistKey(),
                observation.checklistVersion(),
                anna,
                chloe,
                ObservationSource.JOB,
                observation.observedOn(),
                null,
                null,
                null,
                observation.answers().subList(0, 2));

        assertThatThrownBy(() -> record(ObservationFixtures.MANAGER, partial))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.messageKey())
                                .containsExactly("observation.unanswered"));
        assertThat(profileOfAnna()).isEqualTo(before);
    }

    @Test
    void the_observed_person_comments_and_no_one_else_can() {
        var id = record(
                ObservationFixtures.MANAGER, counterVisit(anna, chloe, ObservationSource.JOB, ChecklistAnswer.DONE));

        SignedIn.callAs(users, TestUsers.TRAINEE, () -> {
            observations.comment(id, "  The customer had been waiting already.  ");
            return null;
        });

        assertThat(SignedIn.callAs(users, TestUsers.TRAINEE, () -> observations.mine()))
                .singleElement()
                .satisfies(o -> assertThat(o.comment()).isEqualTo("The customer had been waiting already."));
        assertThatThrownBy(() -> SignedIn.callAs(users, ObservationFixtures.MANAGER, () -> {
                    observations.comment(id, "Changed");
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_voided_observation_stops_counting_and_the_void_is_audited() {
        var before = profileOfAnna();
        var id = record(
                ObservationFixtures.MANAGER, counterVisit(anna, chloe, ObservationSource.JOB, ChecklistAnswer.PARTLY));

        SignedIn.callAs(users, TestUsers.TRAINER, () -> {
            observations.voidObservation(id, "Observed the wrong person");
            return null;
        });

        assertThat(profileOfAnna()).isEqualTo(before);
        assertThat(SignedIn.callAs(users, TestUsers.TRAINEE, () -> observations.mine()))
                .singleElement()
                .satisfies(o -> assertThat(o.voidReason()).isEqualTo("Observed the wrong person"));
        // Successes are audited once their transaction commits; this test's transaction rolls back.
        org.orienta.Committed.asIfCommitted();
        var entries = SignedIn.callAs(
                users,
                TestUsers.ADMIN,
                () -> audit.search(new AuditFilter(
                        java.time.Instant.now().minus(java.time.Duration.ofDays(1)),
                        java.time.Instant.now().plus(java.time.Duration.ofDays(1)),
                        java.util.Set.of(AuditAction.OBSERVATION_VOIDED),
                        "",
                        "")));
        assertThat(entries).anySatisfy(e -> assertThat(e.detail()).isEqualTo("Observed the wrong person"));
    }

    @Test
    void voiding_needs_a_reason_and_a_trainer() {
        var id = record(
                ObservationFixtures.MANAGER, counterVisit(anna, chloe, ObservationSource.JOB, ChecklistAnswer.DONE));

        assertThatThrownBy(() -> SignedIn.callAs(users, TestUsers.TRAINER, () -> {
                    observations.voidObservation(id, "  ");
                    return null;
                }))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SignedIn.callAs(users, ObservationFixtures.MANAGER, () -> {
                    observations.voidObservation(id, "I changed my mind");
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_rebuild_counts_observations_again_exactly() {
        record(ObservationFixtures.MANAGER, counterVisit(anna, chloe, ObservationSource.JOB, ChecklistAnswer.DONE));
        var voided = record(
                ObservationFixtures.MANAGER,
                counterVisit(anna, chloe, ObservationSource.JOB, ChecklistAnswer.NOT_DONE));
        SignedIn.callAs(users, TestUsers.TRAINER, () -> {
            observations.voidObservation(voided, "Duplicate");
            return null;
        });
        var running = profileOfAnna();

        SignedIn.callAs(users, TestUsers.ADMIN, () -> proficiency.rebuild());

        assertThat(profileOfAnna()).isEqualTo(running);
    }

    @Test
    void each_source_keeps_its_own_totals_so_a_level_can_count_one_source_alone() {
        var trainer = ObservationFixtures.id(people, TestUsers.TRAINER);
        // On the job: asked about needs (CO1 at 3), weight 2. In two sessions: not done (CO1 at 1), weight 1 each.
        record(ObservationFixtures.MANAGER, counterVisit(anna, chloe, ObservationSource.JOB, ChecklistAnswer.DONE));
        for (int i = 0; i < 2; i++) {
            record(TestUsers.TRAINER, counterVisit(anna, trainer, ObservationSource.SESSION, ChecklistAnswer.NOT_DONE));
        }

        assertThat(co1(EvidenceFilter.JOB).level()).isEqualTo(3);
        assertThat(co1(EvidenceFilter.MANAGERS).level()).isEqualTo(3);
        assertThat(co1(EvidenceFilter.SESSIONS).level()).isEqualTo(1);
        // All: (2 · 3 + 2 · 1) / 4 = 2 (weights are whole thousandths scaled to an epoch: 2 to six places).
        assertThat(co1(EvidenceFilter.ALL).mean()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(co1(EvidenceFilter.TRAINING).count())
                .as("Anna has no training evidence here")
                .isZero();
        assertThat(co1(EvidenceFilter.MYSTERY_SHOPPERS).count()).isZero();
        assertThat(profileOfAnna())
                .containsKeys(
                        anna.value() + "|CO1|null|JOB",
                        anna.value() + "|CO1|null|SESSION",
                        anna.value() + "|CO1|" + java.time.YearMonth.now(clock.withZone(java.time.ZoneOffset.UTC))
                                + "|JOB");
    }

    private org.orienta.progress.proficiency.Estimate co1(EvidenceFilter source) {
        return SignedIn.callAs(users, TestUsers.ADMIN, () -> reports.person(anna, source)).profile().rows().stream()
                .filter(r -> r.competency().code().value().equals("CO1"))
                .findFirst()
                .orElseThrow()
                .estimate();
    }

    @Test
    void observations_recorded_before_sources_were_kept_apart_are_counted_into_them_once() {
        var trainer = ObservationFixtures.id(people, TestUsers.TRAINER);
        record(ObservationFixtures.MANAGER, counterVisit(anna, chloe, ObservationSource.JOB, ChecklistAnswer.DONE));
        record(TestUsers.TRAINER, counterVisit(anna, trainer, ObservationSource.SESSION, ChecklistAnswer.PARTLY));
        var running = SignedIn.callAs(users, TestUsers.ADMIN, () -> proficiency.totalsSnapshot());
        // A database from before V51: the overall totals hold the observations, no source's totals exist.
        jdbc.sql("delete from standing_by_origin").update();

        var counted = SignedIn.callAs(users, TestUsers.ADMIN, () -> proficiency.backfillSources());

        assertThat(counted).isPositive();
        assertThat(SignedIn.callAs(users, TestUsers.ADMIN, () -> proficiency.totalsSnapshot()))
                .isEqualTo(running);
        assertThat(SignedIn.callAs(users, TestUsers.ADMIN, () -> proficiency.backfillSources()))
                .as("once: with sources' totals kept, nothing is counted twice")
                .isZero();
        assertThat(SignedIn.callAs(users, TestUsers.ADMIN, () -> proficiency.totalsSnapshot()))
                .isEqualTo(running);
    }

    @Test
    void a_mystery_shopper_records_a_visit_to_an_assigned_branch_only() {
        var visit = counterVisit(null, mystery, ObservationSource.MYSTERY_SHOPPING, ChecklistAnswer.DONE);
        var atRetail = new NewObservation(
                visit.checklistKey(),
                visit.checklistVersion(),
                null,
                mystery,
                visit.source(),
                visit.observedOn(),
                retail,
                ChecklistContext.COUNTER,
                null,
                visit.answers());
        var atBanking = new NewObservation(
                visit.checklistKey(),
                visit.checklistVersion(),
                null,
                mystery,
                visit.source(),
                visit.observedOn(),
                banking,
                ChecklistContext.COUNTER,
                null,
                visit.answers());

        assertThat(record(ObservationFixtures.OBSERVER, atRetail).value()).isPositive();
        assertThatThrownBy(() -> record(ObservationFixtures.OBSERVER, atBanking))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> record(
                        ObservationFixtures.MANAGER,
                        new NewObservation(
                                visit.checklistKey(),
                                visit.checklistVersion(),
                                null,
                                chloe,
                                visit.source(),
                                visit.observedOn(),
                                retail,
                                ChecklistContext.COUNTER,
                                null,
                                visit.answers())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_named_employee_on_a_visit_sees_a_mystery_shopper_never_their_name() {
        var visit = counterVisit(anna, mystery, ObservationSource.MYSTERY_SHOPPING, ChecklistAnswer.DONE);
        record(
                ObservationFixtures.OBSERVER,
                new NewObservation(
                        visit.checklistKey(),
                        visit.checklistVersion(),
                        anna,
                        mystery,
                        visit.source(),
                        visit.observedOn(),
                        retail,
                        ChecklistContext.PHONE,
                        null,
                        visit.answers()));

        assertThat(SignedIn.callAs(users, TestUsers.TRAINEE, () -> observations.mine()))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.observerName()).isNull();
                    assertThat(o.departmentName()).isEqualTo("Retail");
                });
    }

    @Test
    void an_observer_sees_only_what_was_assigned_and_the_people_of_that_branch() {
        var assigned = SignedIn.callAs(users, ObservationFixtures.OBSERVER, () -> observations.myAssignments());

        assertThat(assigned.branches()).extracting(b -> b.name()).containsExactly("Retail");
        assertThat(SignedIn.callAs(users, ObservationFixtures.OBSERVER, () -> observations.peopleAt(banking)))
                .isEmpty();
        assertThat(SignedIn.callAs(users, ObservationFixtures.OBSERVER, () -> observations.peopleAt(retail)))
                .extracting(p -> p.displayName())
                .contains("Anna Kowalski");
        assertThat(SignedIn.callAs(users, TestUsers.TRAINEE, () -> observations.myAssignments())
                        .isEmpty())
                .isTrue();
    }

    @Test
    void only_observer_accounts_can_be_assigned_branches() {
        assertThatThrownBy(() -> SignedIn.callAs(users, TestUsers.ADMIN, () -> {
                    observations.assign(anna, List.of(retail), List.of());
                    return null;
                }))
                .isInstanceOf(InvalidInputException.class);
    }

    static CompetencyCode co(String code) {
        return new CompetencyCode(code);
    }
}
