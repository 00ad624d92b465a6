package org.orienta.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class FirstStartTest {

    @Autowired
    PersonRepository people;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    Clock clock;

    @BeforeEach
    void an_empty_installation() {
        people.deleteAll();
        people.flush();
    }

    private FirstStart firstStart(String password) {
        return new FirstStart(
                people,
                passwordEncoder,
                new PeopleSettings(false, new PeopleSettings.Admin("admin", password, "admin@orienta.invalid")),
                clock);
    }

    @Test
    void without_a_configured_password_the_administrator_gets_a_one_time_password() {
        firstStart("").run(null);

        var admin = people.findByUsername("admin").orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.mustChangePassword()).isTrue();
        assertThat(passwordEncoder.matches(TestUsers.ADMIN_PASSWORD, admin.passwordHash()))
                .isFalse();
    }

    @Test
    void a_configured_password_is_used_as_it_is() {
        firstStart("an operator chosen phrase").run(null);

        var admin = people.findByUsername("admin").orElseThrow();
        assertThat(passwordEncoder.matches("an operator chosen phrase", admin.passwordHash()))
                .isTrue();
        assertThat(admin.mustChangePassword()).isFalse();
    }

    @Test
    void a_configured_passphrase_of_36_thai_characters_starts_orienta() {
        firstStart(PasswordPolicyTest.THAI_36).run(null);

        var admin = people.findByUsername("admin").orElseThrow();
        assertThat(passwordEncoder.matches(PasswordPolicyTest.THAI_36, admin.passwordHash()))
                .isTrue();
    }

    @Test
    void a_configured_password_of_spaces_stops_the_start_saying_so() {
        assertThatThrownBy(() -> firstStart(" ".repeat(16)).run(null))
                .hasMessageContaining("ORIENTA_ADMIN_PASSWORD")
                .hasMessageContaining("only spaces");
    }

    @Test
    void a_weak_configured_password_stops_the_start_with_a_clear_reason() {
        assertThatThrownBy(() -> firstStart("admin123").run(null))
                .hasMessageContaining("ORIENTA_ADMIN_PASSWORD")
                .hasMessageContaining("at least 12 characters");
        assertThat(people.count()).isZero();
    }

    @Test
    void nothing_happens_when_an_administrator_exists() {
        firstStart("an operator chosen phrase").run(null);
        var hash = people.findByUsername("admin").orElseThrow().passwordHash();

        firstStart("another operator phrase").run(null);

        assertThat(people.count()).isEqualTo(1);
        assertThat(people.findByUsername("admin").orElseThrow().passwordHash()).isEqualTo(hash);
    }
}
