package org.orienta.people.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A burst of sign-ins queues for the hash instead of taking every core from trainees at work (issue 22). */
class PasswordHashingTest {

    /** A hash that takes as long as the test says, and counts how many run at once. */
    static final class SlowHash implements PasswordEncoder {

        final CountDownLatch finish = new CountDownLatch(1);
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();

        @Override
        public String encode(CharSequence rawPassword) {
            return "x";
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                return finish.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } finally {
                running.decrementAndGet();
            }
        }
    }

    @Test
    void sign_ins_beyond_the_bound_wait_for_a_permit_instead_of_hashing_at_the_same_time() throws Exception {
        var slow = new SlowHash();
        var permits = new Semaphore(2, true);
        var bounded = new PasswordHashing.Bounded(slow, permits, Duration.ofSeconds(30));
        var pool = Executors.newFixedThreadPool(6);
        try {
            var results = new ArrayList<Future<Boolean>>();
            for (int i = 0; i < 6; i++) {
                results.add(pool.submit(() -> bounded.matches("secret", "x")));
            }

            await().atMost(Duration.ofSeconds(10)).until(() -> permits.getQueueLength() == 4);
            assertThat(slow.running).hasValue(2);

            slow.finish.countDown();
            for (var result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(slow.mostAtOnce).hasValue(2);
            assertThat(permits.availablePermits()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void at_most_half_the_cores_hash_at_once_and_never_fewer_than_one() {
        int cores = Runtime.getRuntime().availableProcessors();

        assertThat(PasswordHashing.CONCURRENT).isGreaterThanOrEqualTo(1).isLessThanOrEqualTo(Math.max(1, cores / 2));
    }

    @Test
    void a_password_check_that_waits_longer_than_the_bound_is_refused_as_busy_and_never_hashed() {
        var slow = new SlowHash();
        var permits = new Semaphore(1, true);
        permits.acquireUninterruptibly(); // another sign-in holds the only turn
        var bounded = new PasswordHashing.Bounded(slow, permits, Duration.ofMillis(50));

        assertThatThrownBy(() -> bounded.matches("secret", "x")).isInstanceOf(SignInBusyException.class);

        assertThat(slow.mostAtOnce).hasValue(0);
        assertThat(permits.availablePermits()).isZero();
    }

    @Test
    void a_permit_comes_back_when_a_check_fails() {
        var permits = new Semaphore(1, true);
        var failing = new PasswordHashing.Bounded(
                new PasswordEncoder() {
                    @Override
                    public String encode(CharSequence rawPassword) {
                        throw new IllegalStateException("broken");
                    }

                    @Override
                    public boolean matches(CharSequence rawPassword, String encodedPassword) {
                        throw new IllegalStateException("broken");
                    }
                },
                permits,
                Duration.ofSeconds(30));

        assertThatThrownBy(() -> failing.matches("secret", "x")).isInstanceOf(IllegalStateException.class);

        assertThat(permits.availablePermits()).isEqualTo(1);
    }
}
