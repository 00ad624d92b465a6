package org.orienta.people;

import java.time.Clock;
import java.util.EnumSet;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator when there is none, so a fresh installation can be administered
 * without any account shipped in the code. A generated one-time password is printed once start-up is
 * over, framed and last, so it is not lost among the lines that content import and demo data log after
 * this runner; the sign-in page of a fresh installation says where to find it.
 */
@Component
@Order(10)
class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final PeopleSettings settings;
    private final Clock clock;
    private @Nullable String pending;

    FirstStart(PersonRepository people, PasswordEncoder passwordEncoder, PeopleSettings settings, Clock clock) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.settings = settings;
        this.clock = clock;
    }

    private static String explain(String problem) {
        return switch (problem) {
            case "password.tooShort" -> "it is shorter than " + PasswordPolicy.MIN_LENGTH + " characters";
            case "password.tooLong" -> "it is longer than " + PasswordPolicy.MAX_LENGTH + " characters";
            case "password.containsUsername" -> "it contains the administrator's username";
            case "password.common" -> "it is one of the most common passwords";
            case "password.blank" -> "it is only spaces";
            case "password.repetitive" -> "it repeats the same few characters or is a plain run such as 123456";
            default -> problem;
        };
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (people.existsWithRole(Role.ADMIN)) {
            return;
        }
        var admin = settings.admin();
        var configured = admin.password();
        if (configured != null && !configured.isEmpty()) {
            PasswordPolicy.check(configured, admin.username(), admin.email()).ifPresent(problem -> {
                throw new AdminPasswordRefused(explain(problem));
            });
        }
        var generated = configured == null || configured.isEmpty() ? PeopleService.oneTimePassword() : null;
        var person = new Person(
                admin.username(),
                "Administrator",
                admin.email(),
                passwordEncoder.encode(generated != null ? generated : configured),
                clock.instant());
        if (generated == null) {
            person.choosePassword(person.passwordHash());
        }
        person.grant(EnumSet.of(Role.ADMIN));
        people.saveAndFlush(person);
        if (generated != null) {
            // Printed when start-up is over (see printPassword): the runners after this one log a lot.
            pending = """

                    ==================================================================
                     Orienta created the first administrator.
                       username: %s
                       one-time password: %s
                     Sign in and choose a new password. This is shown only once;
                     set ORIENTA_ADMIN_PASSWORD to choose the password yourself.
                    ==================================================================
                    """.formatted(admin.username(), generated);
        } else {
            log.info(
                    "Orienta created the first administrator '{}' with the password from ORIENTA_ADMIN_PASSWORD",
                    admin.username());
        }
    }

    /** The generated password, framed, as the last thing start-up prints (its steps included); once. */
    @EventListener(org.orienta.base.StartupFinished.class)
    @Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
    void printPassword() {
        var banner = pending;
        pending = null;
        if (banner != null) {
            log.warn(banner);
        }
    }
}
