package org.orienta.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class DemoOrganisationTest {

    @Autowired
    PersonRepository people;

    @Autowired
    DepartmentRepository departments;

    @Autowired
    JobRoleRepository jobRoles;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    Clock clock;

    private DemoOrganisation demo(boolean on) {
        var mode = new DemoMode(new PeopleSettings(on, new PeopleSettings.Admin("admin", null, "a@b.org")));
        return new DemoOrganisation(mode, people, departments, jobRoles, passwordEncoder, clock);
    }

    @Test
    void demo_mode_adds_three_departments_a_trainer_an_hr_user_and_eight_trainees() {
        assertThat(departments.findAllByOrderByName())
                .extracting(Department::name)
                .containsExactly("Banking", "Contact Centre", "Retail");
        var demoPeople = people.findByDemoTrueAndEnabledTrue();
        assertThat(demoPeople).filteredOn(p -> p.roles().contains(Role.TRAINEE)).hasSize(8);
        assertThat(demoPeople).filteredOn(p -> p.roles().contains(Role.TRAINER)).hasSize(1);
        assertThat(demoPeople).filteredOn(p -> p.roles().contains(Role.HR)).hasSize(1);
        assertThat(demoPeople).allSatisfy(p -> {
            assertThat(p.mustChangePassword()).isFalse();
            assertThat(passwordEncoder.matches(DemoMode.PASSWORD, p.passwordHash()))
                    .isTrue();
        });
    }

    @Test
    void starting_again_in_demo_mode_adds_nothing() {
        long before = people.count();

        demo(true).run();

        assertThat(people.count()).isEqualTo(before);
        assertThat(departments.count()).isEqualTo(3);
    }

    @Test
    void starting_without_demo_mode_disables_every_demo_account() {
        demo(false).run();

        assertThat(people.findByDemoTrueAndEnabledTrue()).isEmpty();
        assertThat(people.findByUsername("admin").orElseThrow().enabled()).isTrue();
        assertThat(new DemoMode(new PeopleSettings(false, new PeopleSettings.Admin("admin", null, "a@b.org")))
                        .accounts())
                .isEmpty();
    }
}
