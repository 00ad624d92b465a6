package org.orienta.observation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing visit links, as the sign-in throttle slows down guessing passwords: unknown
 * tokens count per client address (an IPv6 client per /64, which it controls whole); after a few, the
 * next try from there must wait, doubling up to a maximum, and a try that must wait is not even looked
 * up. A token has 256 random bits, so this is about the server's load and the audit trail more than the
 * odds. Kept in memory per node: a restart forgets, which costs a guesser little and never locks a
 * link's holder out for long.
 */
@Component
class VisitLinkThrottle {

    static final int FREE_TRIES = 10;
    static final Duration FIRST_DELAY = Duration.ofSeconds(2);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    private record Failures(int count, Instant last) {}

    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();
    private final Clock clock;

    VisitLinkThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long a try from this address must still wait; zero when it may go ahead. */
    Duration waitFor(@Nullable String address) {
        var now = clock.instant();
        var failures = addresses.get(source(address));
        if (failures == null
                || failures.count() < FREE_TRIES
                || Duration.between(failures.last(), now).compareTo(FORGET_AFTER) > 0) {
            return Duration.ZERO;
        }
        int doublings = Math.min(20, failures.count() - FREE_TRIES);
        var delay = FIRST_DELAY.multipliedBy(1L << doublings);
        if (delay.compareTo(MAX_DELAY) > 0) {
            delay = MAX_DELAY;
        }
        var left = delay.minus(Duration.between(failures.last(), now));
        return left.isNegative() ? Duration.ZERO : left;
    }

    void failed(@Nullable String address) {
        var now = clock.instant();
        addresses.merge(
                source(address),
                new Failures(1, now),
                (old, one) -> new Failures(
                        Duration.between(old.last(), now).compareTo(FORGET_AFTER) > 0 ? 1 : old.count() + 1, now));
        if (addresses.size() > 100_000) {
            addresses.values().removeIf(f -> Duration.between(f.last(), now).compareTo(FORGET_AFTER) > 0);
        }
    }

    /** For tests: forget everything. */
    void clear() {
        addresses.clear();
    }

    static String source(@Nullable String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            var bytes = java.net.InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            var prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
                        .append(':');
            }
            return prefix + ":/64";
        } catch (java.net.UnknownHostException notAnAddress) {
            return address;
        }
    }
}
