package org.orienta.progress.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orienta.progress.analytics.ItemStatistics.Flag;
import org.orienta.progress.analytics.ItemStatistics.ItemStat;
import org.orienta.progress.analytics.ItemStatistics.Response;

/**
 * Against a data set small enough to compute by hand: four attempts, three items.
 *
 * <pre>
 *          q1 q2 q3   total
 *   A       1  1  0     2
 *   B       1  0  0     1
 *   C       1  1  1     3
 *   D       0  0  1     1
 * </pre>
 *
 * q2: facility 0.5; rest scores A1 B1 C2 D1; right {A, C} mean 1.5, wrong {B, D} mean 1; rest mean 1.25,
 * population SD √0.1875 = 0.4330; r = 0.5 / 0.4330 · √0.25 = 0.5774. q3: rest A2 B1 C2 D0; right {C, D}
 * mean 1, wrong {A, B} mean 1.5; SD √0.6875 = 0.8292; r = −0.5 / 0.8292 · 0.5 = −0.3015. q1: right
 * {A, B, C} rest mean 1, wrong {D} rest 1: r = 0.
 */
class ItemStatisticsTest {

    private static List<Response> handDataSet() {
        int[][] grid = {{1, 1, 0}, {1, 0, 0}, {1, 1, 1}, {0, 0, 1}};
        var responses = new ArrayList<Response>();
        for (int a = 0; a < grid.length; a++) {
            for (int q = 0; q < 3; q++) {
                responses.add(new Response(
                        a, "q" + (q + 1), grid[a][q] == 1, grid[a][q] == 1 ? "right" : "wrong", 10.0 * (q + 1)));
            }
        }
        return responses;
    }

    private static ItemStat stat(List<ItemStat> stats, String item) {
        return stats.stream().filter(s -> s.item().equals(item)).findFirst().orElseThrow();
    }

    @Test
    void facility_is_the_share_of_right_answers() {
        var stats = ItemStatistics.compute(handDataSet(), 1);

        assertThat(stat(stats, "q1").facility()).isEqualTo(0.75);
        assertThat(stat(stats, "q2").facility()).isEqualTo(0.5);
        assertThat(stat(stats, "q3").facility()).isEqualTo(0.5);
    }

    @Test
    void discrimination_is_the_point_biserial_against_the_rest_score() {
        var stats = ItemStatistics.compute(handDataSet(), 1);

        assertThat(stat(stats, "q1").discrimination()).isCloseTo(0.0, within(1e-9));
        assertThat(stat(stats, "q2").discrimination()).isCloseTo(0.5774, within(1e-4));
        assertThat(stat(stats, "q3").discrimination()).isCloseTo(-0.3015, within(1e-4));
    }

    @Test
    void an_item_that_strong_trainees_get_wrong_is_flagged() {
        var stats = ItemStatistics.compute(handDataSet(), 1);

        assertThat(stat(stats, "q3").flags()).containsExactly(Flag.NEGATIVE_DISCRIMINATION);
        assertThat(stat(stats, "q2").flags()).isEmpty();
    }

    @Test
    void answers_are_counted_and_times_averaged() {
        var stats = ItemStatistics.compute(handDataSet(), 1);

        assertThat(stat(stats, "q1").answers()).containsEntry("right", 3).containsEntry("wrong", 1);
        assertThat(stat(stats, "q3").meanSeconds()).isEqualTo(30.0);
    }

    @Test
    void everyone_right_means_too_easy_and_no_discrimination() {
        var responses = new ArrayList<Response>();
        for (int a = 0; a < 12; a++) {
            responses.add(new Response(a, "easy", true, "right", null));
            responses.add(new Response(a, "hard", a == 0, a == 0 ? "right" : "wrong", null));
        }

        var stats = ItemStatistics.compute(responses, ItemStatistics.MIN_RESPONSES);

        assertThat(stat(stats, "easy").flags()).containsExactly(Flag.TOO_EASY);
        assertThat(stat(stats, "easy").discrimination()).isNull();
        assertThat(stat(stats, "hard").flags()).contains(Flag.TOO_HARD);
    }

    @Test
    void too_few_answers_are_shown_but_not_flagged() {
        var stats = ItemStatistics.compute(handDataSet(), ItemStatistics.MIN_RESPONSES);

        assertThat(stats).allMatch(s -> s.flags().isEmpty());
    }
}
