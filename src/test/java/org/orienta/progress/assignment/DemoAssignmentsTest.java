package org.orienta.progress.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.SignedIn;
import org.orienta.TestUsers;
import org.orienta.content.ContentService;
import org.orienta.people.PeopleService;
import org.orienta.people.SystemAuthentication;
import org.orienta.progress.ProgressFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class DemoAssignmentsTest {

    @Autowired
    DemoAssignments demo;

    @Autowired
    AssignmentService assignments;

    @Autowired
    AssignmentRepository assignmentRepository;

    @Autowired
    MyTrainingService training;

    @Autowired
    PeopleService people;

    @Autowired
    ContentService content;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void content_and_a_trainer() {
        SignedIn.as(users, TestUsers.ADMIN);
        ProgressFixtures.importTestContent(content);
        SignedIn.as(users, TestUsers.TRAINER);
    }

    private void assignAsTheDemo() {
        SystemAuthentication.call(() -> {
            demo.assignDemo("basics", Map.of("Retail", "no-such-path"));
            return null;
        });
    }

    @Test
    void the_demo_assignments_appear_in_the_trainers_list_with_their_people_and_statuses() {
        assignAsTheDemo();

        var rows = assignments.assignments().stream()
                .filter(r -> r.moduleKey().equals("basics"))
                .toList();
        assertThat(rows).hasSize(2).allMatch(r -> r.target() == AssignmentTarget.PEOPLE);
        assertThat(rows.stream().mapToInt(AssignmentService.RuleRow::people).sum())
                .isEqualTo(3);
        var overdue = rows.stream()
                .filter(r -> r.counts().containsKey(ModuleStatus.OVERDUE))
                .findFirst()
                .orElseThrow();
        assertThat(assignments.people(overdue.id()))
                .singleElement()
                .satisfies(p -> assertThat(p.name()).startsWith("Ben"));
        SignedIn.as(users, TestUsers.TRAINEE);
        assertThat(training.myTraining().assigned()).anyMatch(m -> m.key().equals("basics"));
    }

    @Test
    void the_demo_assigns_only_once() {
        assignAsTheDemo();
        int before = assignments.assignments().size();

        assignAsTheDemo();

        assertThat(assignments.assignments()).hasSize(before);
    }

    @Test
    void an_assignment_recorded_without_an_assignment_rule_is_adopted_into_the_trainers_list() {
        var anna = people.trainees().stream()
                .filter(t -> t.displayName().startsWith("Anna"))
                .findFirst()
                .orElseThrow();
        var due = LocalDate.now().minusDays(2);
        assignmentRepository.saveAndFlush(new Assignment(anna.id().value(), "basics", due, "demo", Instant.now()));
        assertThat(assignments.assignments()).noneMatch(r -> r.moduleKey().equals("basics"));

        assignments.adoptUnlisted();

        var row = assignments.assignments().stream()
                .filter(r -> r.moduleKey().equals("basics"))
                .findFirst()
                .orElseThrow();
        assertThat(row.due()).isEqualTo(due);
        assertThat(row.counts()).containsEntry(ModuleStatus.OVERDUE, 1);
        assertThat(assignments.people(row.id()))
                .singleElement()
                .satisfies(p -> assertThat(p.person()).isEqualTo(anna.id()));
    }
}
