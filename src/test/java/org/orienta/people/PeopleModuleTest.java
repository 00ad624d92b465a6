package org.orienta.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The events people publishes for other modules, with only people and what it needs running. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "base")
@Tag("module")
@ActiveProfiles("test")
@WithUserDetails(TestUsers.ADMIN)
class PeopleModuleTest {

    @Autowired
    PeopleService people;

    @Autowired
    OrganisationService organisation;

    @Test
    void a_new_trainee_in_a_department_is_announced_as_placed(Scenario scenario) {
        var department = organisation.createDepartment("Ward " + UUID.randomUUID(), null);

        scenario.stimulate(() -> people.create(draft(department), null))
                .andWaitForEventOfType(PersonPlaced.class)
                .matching(placed -> department.equals(placed.department()))
                .toArriveAndVerify((placed, created) -> {
                    assertThat(placed.person()).isEqualTo(created.id());
                    assertThat(placed.trainee()).isTrue();
                });
    }

    @Test
    void an_erased_person_is_announced_so_other_modules_blank_their_words(Scenario scenario) {
        var created = people.create(draft(organisation.createDepartment("Ward " + UUID.randomUUID(), null)), null);

        scenario.stimulate(() -> people.erase(created.id()))
                .andWaitForEventOfType(PersonErased.class)
                .matching(erased -> erased.person().equals(created.id()))
                .toArrive();
    }

    @Test
    void a_removed_job_role_is_announced_so_its_targets_go(Scenario scenario) {
        var role = organisation.createJobRole("Porter " + UUID.randomUUID());

        scenario.stimulate(() -> organisation.deleteJobRole(role))
                .andWaitForEventOfType(JobRoleRemoved.class)
                .matching(removed -> removed.jobRole().equals(role))
                .toArrive();
    }

    private static PersonDraft draft(DepartmentId department) {
        var name = "p" + UUID.randomUUID().toString().substring(0, 8);
        return new PersonDraft(
                name, "Pat " + name, name + "@example.org", department, null, Set.of(Role.TRAINEE), null);
    }
}
