package org.orienta.people.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final SignInThrottle throttle = new SignInThrottle(
            new SignInSettings(
                    5,
                    Integer.parseInt(SignInSettings.OFFICE_CEILING),
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(60),
                    Duration.ofHours(1)),
            clock);

    private void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }

    @Test
    void a_few_typos_cost_nothing() {
        fail("anna", "10.0.0.1", 4);

        assertThat(throttle.waitFor("anna", "10.0.0.1")).isZero();
    }

    @Test
    void from_the_fifth_failure_each_attempt_waits_twice_as_long() {
        fail("anna", "10.0.0.1", 5);
        assertThat(throttle.waitFor("anna", "10.0.0.1")).isEqualTo(Duration.ofSeconds(1));

        fail("anna", "10.0.0.1", 3);
        assertThat(throttle.waitFor("anna", "10.0.0.1")).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void the_wait_never_exceeds_the_maximum_and_then_the_real_person_can_try_again() {
        fail("anna", "10.0.0.1", 50);
        assertThat(throttle.waitFor("anna", "10.0.0.1")).isEqualTo(Duration.ofSeconds(60));

        now = now.plusSeconds(61);

        assertThat(throttle.waitFor("anna", "10.0.0.2")).isZero();
    }

    @Test
    void someone_guessing_an_account_elsewhere_does_not_slow_its_owner_down() {
        fail("anna", "203.0.113.66", 30);

        assertThat(throttle.waitFor("anna", "203.0.113.66")).isPositive();
        assertThat(throttle.waitFor("anna", "10.0.0.1")).isZero();
    }

    @Test
    void an_office_behind_one_address_is_not_throttled_by_its_people_mistyping() {
        for (int i = 0; i < 60; i++) {
            throttle.failed("person" + i, "198.51.100.1");
        }

        assertThat(throttle.waitFor("someone-new", "198.51.100.1")).isZero();
    }

    @Test
    void an_unknown_username_is_treated_exactly_like_a_known_one() {
        fail("anna", "10.0.0.1", 7);
        fail("no-such-person", "10.0.0.1", 7);

        assertThat(throttle.waitFor("no-such-person", "10.0.0.1")).isEqualTo(throttle.waitFor("anna", "10.0.0.1"));
    }

    @Test
    void one_address_guessing_many_accounts_is_slowed_down_too() {
        for (int i = 0; i < Integer.parseInt(SignInSettings.OFFICE_CEILING); i++) {
            throttle.failed("user" + i, "10.6.6.6");
        }

        assertThat(throttle.waitFor("someone-new", "10.6.6.6")).isPositive();
        assertThat(throttle.waitFor("someone-new", "10.0.0.9")).isZero();
    }

    @Test
    void a_successful_sign_in_clears_the_account_and_old_failures_are_forgotten() {
        fail("anna", "10.0.0.1", 6);
        throttle.succeeded("Anna", "10.0.0.1");
        assertThat(throttle.waitFor("anna", "10.0.0.7")).isZero();

        fail("ben", "10.0.0.8", 6);
        now = now.plus(Duration.ofHours(2));
        assertThat(throttle.waitFor("ben", "10.0.0.8")).isZero();
    }
}
