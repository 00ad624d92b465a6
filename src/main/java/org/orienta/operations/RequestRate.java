package org.orienta.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} requests per address in a window; the operator endpoint needs a handful a day,
 * so anything near the limit is someone trying tokens or filling the disk with backups.
 */
final class RequestRate {

    private record Window(Instant start, int count) {}

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final int limit;
    private final Duration window;
    private final Clock clock;

    RequestRate(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts this request; how long the address must wait before the next one is served (zero: serve it). */
    Duration take(String address) {
        var now = clock.instant();
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> !w.start().plus(window).isAfter(now));
        }
        var current = windows.merge(
                address,
                new Window(now, 1),
                (old, one) -> old.start().plus(window).isAfter(now) ? new Window(old.start(), old.count() + 1) : one);
        return current.count() <= limit
                ? Duration.ZERO
                : Duration.between(now, current.start().plus(window));
    }
}
