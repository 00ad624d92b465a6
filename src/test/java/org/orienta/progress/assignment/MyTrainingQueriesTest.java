package org.orienta.progress.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.SignedIn;
import org.orienta.TestUsers;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.content.ContentFile;
import org.orienta.content.ContentService;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonId;
import org.orienta.progress.ProgressFixtures;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * My training is read with a fixed number of queries, however many modules a trainee has been assigned
 * and however many attempts they made (issue 22: no per-row queries on the heaviest page).
 */
@IntegrationTest
class MyTrainingQueriesTest {

    @Autowired
    MyTrainingService training;

    @Autowired
    AssignmentService assignments;

    @Autowired
    AttemptService attempts;

    @Autowired
    ContentService content;

    @Autowired
    PeopleService people;

    @Autowired
    UserDetailsService users;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    EntityManager entityManager;

    private Statistics statistics;
    private PersonId anna;

    @BeforeEach
    void five_modules_and_a_trainee() {
        SignedIn.as(users, TestUsers.ADMIN);
        ProgressFixtures.importTestContent(content);
        var modules = new ArrayList<ContentFile>();
        for (int i = 2; i <= 5; i++) {
            modules.add(ContentFile.of("modules/basics-" + i + ".yaml", """
                    id: basics-%d
                    title: Basics %d
                    competencies: [CO2]
                    items:
                      - scenario: tiny
                      - exercise: sx-classify
                    """.formatted(i, i)));
        }
        assertThat(content.importFiles(modules).problems()).isEmpty();
        SignedIn.as(users, TestUsers.TRAINER);
        anna = people.trainees().stream()
                .filter(t -> t.displayName().startsWith("Anna"))
                .findFirst()
                .orElseThrow()
                .id();
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
    }

    @AfterEach
    void statistics_off() {
        statistics.setStatisticsEnabled(false);
    }

    /**
     * The statements one reading of My training prepares, with nothing left in the persistence context;
     * content definitions already in the catalogue's cache, as in a running server.
     */
    private long statementsForMyTraining() {
        SignedIn.callAs(users, TestUsers.TRAINEE, training::myTraining);
        entityManager.flush();
        entityManager.clear();
        statistics.clear();
        var mine = SignedIn.callAs(users, TestUsers.TRAINEE, training::myTraining);
        assertThat(mine.catalogue()).hasSize(5);
        return statistics.getPrepareStatementCount();
    }

    private void assign(String module, Integer recurrenceMonths) {
        assignments.assign(
                module,
                AssignmentTarget.PEOPLE,
                List.of(anna),
                null,
                null,
                LocalDate.now().plusDays(14),
                recurrenceMonths);
    }

    @Test
    void five_assignments_and_more_attempts_cost_the_same_queries_as_one() {
        assign("basics", null);
        SignedIn.callAs(
                users,
                TestUsers.TRAINEE,
                () -> attempts.start(new ItemRef(ItemKind.SCENARIO, "tiny"), AttemptMode.PRACTICE, "basics"));
        long withOne = statementsForMyTraining();

        assign("basics-2", null);
        assign("basics-3", 12);
        assign("basics-4", 6);
        assign("basics-5", null);
        SignedIn.callAs(
                users,
                TestUsers.TRAINEE,
                () -> attempts.start(new ItemRef(ItemKind.EXERCISE, "sx-classify"), AttemptMode.PRACTICE, "basics-2"));
        SignedIn.callAs(
                users,
                TestUsers.TRAINEE,
                () -> attempts.start(new ItemRef(ItemKind.SCENARIO, "tiny"), AttemptMode.ASSESSED, "basics-3"));
        long withFive = statementsForMyTraining();

        assertThat(SignedIn.callAs(users, TestUsers.TRAINEE, training::myTraining)
                        .assigned())
                .hasSize(5);
        assertThat(withFive).isEqualTo(withOne);
    }

    @Test
    void the_catalogue_comes_with_the_same_read_and_carries_the_due_dates() {
        assign("basics-2", null);

        var mine = SignedIn.callAs(users, TestUsers.TRAINEE, training::myTraining);

        assertThat(mine.catalogue())
                .extracting(ModuleProgress::key)
                .containsExactly("basics", "basics-2", "basics-3", "basics-4", "basics-5");
        assertThat(mine.catalogue())
                .filteredOn(m -> m.key().equals("basics-2"))
                .singleElement()
                .satisfies(m -> assertThat(m.due()).isEqualTo(LocalDate.now().plusDays(14)));
    }
}
