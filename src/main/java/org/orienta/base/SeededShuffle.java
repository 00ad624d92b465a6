package org.orienta.base;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Orders and draws that depend only on an attempt's seed and a stable name (a decision id, a question
 * id, a drawn value's name), so that every screen that replays an attempt (resume, review, debrief,
 * evidence links, the trainer's review) shows what the trainee saw, and nothing has to be stored but
 * the seed.
 *
 * <p>{@link Random} is used on purpose: its algorithm is specified, so an order does not change with
 * the JDK. The name is hashed with FNV-1a (not {@link String#hashCode()}, whose 32 bits collide
 * easily) and mixed with the seed, so that two decisions of one attempt are shuffled independently.
 */
public final class SeededShuffle {

    private SeededShuffle() {}

    /**
     * The items in the order an attempt shows them: pinned items stay at their authored index, the others
     * are permuted (Fisher–Yates) over the remaining places. Every order of the unpinned items can occur.
     */
    public static <T> List<T> order(List<T> items, Predicate<? super T> pinned, long seed, String name) {
        var free = new ArrayList<Integer>();
        for (int i = 0; i < items.size(); i++) {
            if (!pinned.test(items.get(i))) {
                free.add(i);
            }
        }
        var random = random(seed, name);
        var shuffled = new ArrayList<>(free);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            var swap = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, swap);
        }
        var result = new ArrayList<>(items);
        for (int k = 0; k < free.size(); k++) {
            result.set(free.get(k), items.get(shuffled.get(k)));
        }
        return List.copyOf(result);
    }

    /** One of the values, chosen by the seed and the name alone. */
    public static <T> T pick(List<T> values, long seed, String name) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("nothing to pick " + name + " from");
        }
        return values.get(random(seed, name).nextInt(values.size()));
    }

    /** A generator for this seed and name; the same pair always gives the same sequence. */
    public static Random random(long seed, String name) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        // Random alone spreads nearby seeds badly (its first numbers barely differ), so the seed and
        // the name are mixed first with SplitMix64's finaliser.
        return new Random(mix(seed ^ mix(hash)));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
