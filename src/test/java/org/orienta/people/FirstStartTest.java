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

    @Autowired
    PeopleService service;

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

    @Test
    void the_one_time_password_is_printed_framed_once_start_up_is_over_and_not_before() {
        var log = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(FirstStart.class);
        var printed = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        printed.start();
        log.addAppender(printed);
        try {
            var firstStart = firstStart("");
            firstStart.run(null);
            assertThat(printed.list).noneMatch(e -> e.getFormattedMessage().contains("one-time password"));

            firstStart.printPassword();
            firstStart.printPassword();

            assertThat(printed.list)
                    .singleElement()
                    .satisfies(e -> assertThat(e.getFormattedMessage())
                            .contains("=====", "username: admin", "one-time password: ")
                            .endsWith("=\n"));
        } finally {
            log.detachAppender(printed);
        }
    }

    @Test
    void a_fresh_installation_awaits_its_first_administrator_until_one_has_chosen_a_password() {
        assertThat(service.awaitingFirstAdministrator()).isFalse();
        firstStart("").run(null);
        assertThat(service.awaitingFirstAdministrator()).isTrue();

        people.findByUsername("admin").orElseThrow().choosePassword("{noop}x");
        people.flush();

        assertThat(service.awaitingFirstAdministrator()).isFalse();
    }
}
