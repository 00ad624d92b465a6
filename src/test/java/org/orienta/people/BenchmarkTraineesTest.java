package org.orienta.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class BenchmarkTraineesTest {

    @Autowired
    BenchmarkTrainees trainees;

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

    @Test
    void adds_trainees_who_can_sign_in_with_the_published_password() {
        int added = trainees.add(3);

        assertThat(added).isEqualTo(3);
        var third = people.findByUsername("load-00003").orElseThrow();
        assertThat(third.roles()).containsExactly(Role.TRAINEE);
        assertThat(third.enabled()).isTrue();
        assertThat(third.mustChangePassword()).isFalse();
        assertThat(third.demo()).isTrue();
        assertThat(passwordEncoder.matches(BenchmarkTrainees.PASSWORD, third.passwordHash()))
                .isTrue();
        assertThat(PasswordPolicy.check(BenchmarkTrainees.PASSWORD, "load-99999", "load-99999@example.com"))
                .isEmpty();
    }

    @Test
    void adding_again_adds_only_the_missing_ones() {
        trainees.add(2);

        assertThat(trainees.add(4)).isEqualTo(2);
    }

    @Test
    void are_refused_without_demo_mode() {
        var mode = new DemoMode(new PeopleSettings(false, new PeopleSettings.Admin("admin", null, "a@b.org")));
        var refusing = new BenchmarkTrainees(mode, people, departments, jobRoles, passwordEncoder, clock);

        assertThatThrownBy(() -> refusing.add(1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo mode");
        assertThat(people.findByUsername("load-00001")).isEmpty();
    }
}
