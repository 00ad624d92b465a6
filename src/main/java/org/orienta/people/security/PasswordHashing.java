package org.orienta.people.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id with OWASP's parameters (19 MiB, 2 iterations, 1 lane), behind a delegating encoder that
 * still checks the bcrypt hashes of earlier versions; Spring Security re-hashes those with Argon2id at
 * the person's next sign-in. Argon2 hashes any length of passphrase; bcrypt stops at 72 bytes, which
 * 36 Thai characters exceed. See docs/decisions/0004-passwords.md.
 */
final class PasswordHashing {

    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    /**
     * Password checks computed at once: half the cores, at least one. A check is ~40 ms of one core's
     * work (and 19 MiB), so a burst of sign-ins (a shift starting) queues here instead of taking every
     * core from the trainees already working: their steps always have the other half (issue 22, where
     * sign-in hashing took half the server's CPU during the ramp). With 2 cores, one check at a time is
     * 25 sign-ins a second, far above a morning's rate.
     */
    static final int CONCURRENT = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);

    /**
     * The longest a sign-in waits for its turn: beyond it the person is told Orienta is busy and to try
     * again (ADR 0036), instead of a page that hangs until the browser or the load balancer gives up. In a
     * soak on a machine shared with four builds, sign-ins queued here for over a minute.
     */
    static final Duration WAIT = Duration.ofSeconds(20);

    private PasswordHashing() {}

    static PasswordEncoder encoder() {
        // One bound for both: a check against an earlier bcrypt hash costs as much CPU as Argon2id.
        var permits = new Semaphore(CONCURRENT, true);
        var argon2 = new Bounded(new Argon2PasswordEncoder(16, 32, 1, MEMORY_KIB, ITERATIONS), permits, WAIT);
        var bcrypt = new Bounded(new EarlierBcrypt(), permits, WAIT);
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2, "bcrypt", bcrypt));
    }

    /**
     * Lets at most the semaphore's permits of hashes run at once; the others wait their turn (fairly). A
     * password check waits at most {@code wait} and is then refused as busy; setting a password (an
     * import, an administrator's reset) waits as long as it takes, since no one is left at a spinning page.
     */
    static final class Bounded implements PasswordEncoder {

        private final PasswordEncoder delegate;
        private final Semaphore permits;
        private final Duration wait;

        Bounded(PasswordEncoder delegate, Semaphore permits, Duration wait) {
            this.delegate = delegate;
            this.permits = permits;
            this.wait = wait;
        }

        @Override
        public String encode(CharSequence rawPassword) {
            permits.acquireUninterruptibly();
            try {
                return delegate.encode(rawPassword);
            } finally {
                permits.release();
            }
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            boolean turn;
            try {
                turn = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SignInBusyException();
            }
            if (!turn) {
                throw new SignInBusyException();
            }
            try {
                return delegate.matches(rawPassword, encodedPassword);
            } finally {
                permits.release();
            }
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return delegate.upgradeEncoding(encodedPassword);
        }
    }

    /**
     * Checks the bcrypt hashes stored before Argon2id. A password over bcrypt's 72 bytes cannot be the one
     * behind such a hash (it could never have been set), so it simply does not match: Spring Security's
     * bcrypt would throw, and a sign-in would fail with an error instead of "incorrect password".
     */
    private static final class EarlierBcrypt implements PasswordEncoder {

        private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(10);

        @Override
        public String encode(CharSequence rawPassword) {
            throw new UnsupportedOperationException("new passwords are hashed with Argon2id");
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            if (rawPassword.toString().getBytes(StandardCharsets.UTF_8).length > 72) {
                return false;
            }
            return bcrypt.matches(rawPassword, encodedPassword);
        }
    }
}
