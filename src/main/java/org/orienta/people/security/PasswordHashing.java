package org.orienta.people.security;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Semaphore;
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
     * Hashes computed at once: each holds 19 MiB for ~40 ms, so a burst of sign-ins (a shift starting)
     * queues for a few milliseconds instead of taking hundreds of megabytes of heap.
     */
    static final int CONCURRENT = Math.max(2, Runtime.getRuntime().availableProcessors());

    private PasswordHashing() {}

    static PasswordEncoder encoder() {
        var argon2 = new Bounded(new Argon2PasswordEncoder(16, 32, 1, MEMORY_KIB, ITERATIONS), CONCURRENT);
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2, "bcrypt", new EarlierBcrypt()));
    }

    private static final class Bounded implements PasswordEncoder {

        private final PasswordEncoder delegate;
        private final Semaphore permits;

        Bounded(PasswordEncoder delegate, int permits) {
            this.delegate = delegate;
            this.permits = new Semaphore(permits, true);
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
            permits.acquireUninterruptibly();
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
