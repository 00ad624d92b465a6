package org.orienta.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeededShuffleTest {

    private static final List<String> FOUR = List.of("a", "b", "c", "d");

    @Test
    void the_same_seed_and_name_always_give_the_same_order() {
        for (long seed = 0; seed < 50; seed++) {
            assertThat(SeededShuffle.order(FOUR, x -> false, seed, "dp-1"))
                    .isEqualTo(SeededShuffle.order(FOUR, x -> false, seed, "dp-1"));
        }
    }

    @Test
    void an_order_is_a_permutation_of_the_items() {
        for (long seed = 0; seed < 50; seed++) {
            assertThat(SeededShuffle.order(FOUR, x -> false, seed, "dp-1")).containsExactlyInAnyOrderElementsOf(FOUR);
        }
    }

    @Test
    void every_order_of_the_items_occurs_for_some_seed() {
        var seen = new HashSet<List<String>>();
        for (long seed = 0; seed < 500; seed++) {
            seen.add(SeededShuffle.order(FOUR, x -> false, seed, "dp-1"));
        }
        assertThat(seen).hasSize(24);
    }

    @Test
    void pinned_items_keep_their_authored_place_and_the_others_take_every_order() {
        var seen = new HashSet<List<String>>();
        for (long seed = 0; seed < 300; seed++) {
            var order = SeededShuffle.order(FOUR, x -> x.equals("b") || x.equals("d"), seed, "dp-1");
            assertThat(order.get(1)).isEqualTo("b");
            assertThat(order.get(3)).isEqualTo("d");
            seen.add(order);
        }
        assertThat(seen).containsExactlyInAnyOrder(List.of("a", "b", "c", "d"), List.of("c", "b", "a", "d"));
    }

    @Test
    void two_decisions_of_one_attempt_are_shuffled_independently() {
        int different = 0;
        for (long seed = 0; seed < 100; seed++) {
            if (!SeededShuffle.order(FOUR, x -> false, seed, "dp-1")
                    .equals(SeededShuffle.order(FOUR, x -> false, seed, "dp-2"))) {
                different++;
            }
        }
        assertThat(different).isGreaterThan(80);
    }

    @Test
    void the_authored_first_item_is_shown_first_in_about_a_quarter_of_attempts() {
        int first = 0;
        for (long seed = 0; seed < 4000; seed++) {
            if (SeededShuffle.order(FOUR, x -> false, seed * 7919, "dp-1")
                    .getFirst()
                    .equals("a")) {
                first++;
            }
        }
        assertThat(first).isBetween(850, 1150);
    }

    @Test
    void a_pick_is_stable_and_reaches_every_value() {
        var values = List.of("noise", "waiting", "small-talk");
        Set<String> picked = new HashSet<>();
        for (long seed = 0; seed < 100; seed++) {
            var pick = SeededShuffle.pick(values, seed, "draw:dislike");
            assertThat(SeededShuffle.pick(values, seed, "draw:dislike")).isEqualTo(pick);
            picked.add(pick);
        }
        assertThat(picked).containsExactlyInAnyOrderElementsOf(values);
    }
}
