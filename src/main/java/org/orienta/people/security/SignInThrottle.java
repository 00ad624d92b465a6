package org.orienta.people.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing down without letting anyone lock others out (OWASP ASVS v6.1.1, v6.3.1).
 * Failures count per account <em>and address</em>: after a few, further attempts at that account from
 * that address wait, doubling up to a maximum, while the real person signing in from their own desk is
 * not slowed by someone guessing elsewhere. Failures also count per address, with a ceiling high enough
 * for an office behind one NAT address (a hundred people mistyping on a Monday), so one address guessing
 * many accounts is slowed too. Unknown usernames are counted exactly like real ones, so the answers do
 * not tell them apart. Kept in memory per node: a restart or another node forgets, which costs an
 * attacker little and never locks anyone out. See docs/decisions/0004-passwords.md.
 */
@Component
class SignInThrottle {

    private record Failures(int count, Instant last) {}

    /** Keyed by account and address. */
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();

    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();
    private final SignInSettings settings;
    private final Clock clock;

    SignInThrottle(SignInSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** How long this attempt must still wait; zero when it may go ahead. */
    Duration waitFor(String username, String address) {
        var now = clock.instant();
        var account = remaining(accounts.get(key(username, address)), settings.freeAttempts(), now);
        var client = remaining(addresses.get(address), settings.freeAttemptsPerAddress(), now);
        return account.compareTo(client) >= 0 ? account : client;
    }

    void failed(String username, String address) {
        var now = clock.instant();
        accounts.merge(key(username, address), new Failures(1, now), (old, one) -> next(old, now));
        addresses.merge(address, new Failures(1, now), (old, one) -> next(old, now));
        if (accounts.size() + addresses.size() > 100_000) {
            forgetOld(now);
        }
    }

    /** The person proved who they are from this address; failures from other addresses still count. */
    void succeeded(String username, String address) {
        accounts.remove(key(username, address));
    }

    private Failures next(Failures old, Instant now) {
        var fresh = Duration.between(old.last(), now).compareTo(settings.forgetAfter()) > 0;
        return new Failures(fresh ? 1 : old.count() + 1, now);
    }

    private Duration remaining(Failures failures, int free, Instant now) {
        if (failures == null
                || failures.count() < free
                || Duration.between(failures.last(), now).compareTo(settings.forgetAfter()) > 0) {
            return Duration.ZERO;
        }
        int doublings = Math.min(30, failures.count() - free);
        var delay = settings.firstDelay().multipliedBy(1L << doublings);
        if (delay.compareTo(settings.maxDelay()) > 0) {
            delay = settings.maxDelay();
        }
        var left = delay.minus(Duration.between(failures.last(), now));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private void forgetOld(Instant now) {
        accounts.values().removeIf(f -> Duration.between(f.last(), now).compareTo(settings.forgetAfter()) > 0);
        addresses.values().removeIf(f -> Duration.between(f.last(), now).compareTo(settings.forgetAfter()) > 0);
    }

    private static String key(String username, String address) {
        return username.strip().toLowerCase(Locale.ROOT) + "\n" + address;
    }
}
