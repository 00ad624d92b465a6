package org.orienta.ownwords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orienta.ownwords.ReplyMatch.Verdict;

class MatchRulesTest {

    private static final MatchRules.Thresholds DEFAULTS = new MatchRules.Thresholds(0.5, 0.42);

    private static Map<String, Double> similarities(double... values) {
        var map = new LinkedHashMap<String, Double>();
        for (int i = 0; i < values.length; i++) {
            map.put("o" + (i + 1), values[i]);
        }
        return map;
    }

    @Test
    void a_reply_clearly_closest_to_one_option_goes_to_it_with_its_confidence() {
        var match = MatchRules.decide(similarities(0.71, 0.55, 0.50), DEFAULTS);

        assertThat(match.verdict()).isEqualTo(Verdict.MATCHED);
        assertThat(match.optionId()).isEqualTo("o1");
        assertThat(match.confidence()).isGreaterThan(0.9);
        assertThat(match.ranked()).extracting(ReplyMatch.Candidate::optionId).containsExactly("o1", "o2", "o3");
    }

    @Test
    void the_confidences_of_all_options_add_up_to_one() {
        var match = MatchRules.decide(similarities(0.6, 0.58, 0.3), DEFAULTS);

        assertThat(match.ranked().stream()
                        .mapToDouble(ReplyMatch.Candidate::confidence)
                        .sum())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void a_reply_torn_between_options_is_unclear_and_names_no_option() {
        var match = MatchRules.decide(similarities(0.62, 0.615, 0.61), DEFAULTS);

        assertThat(match.verdict()).isEqualTo(Verdict.UNCLEAR);
        assertThat(match.optionId()).isNull();
        assertThat(match.closest()).isEqualTo("o1");
    }

    @Test
    void a_reply_close_to_no_option_is_off_topic_however_clear_its_winner() {
        var match = MatchRules.decide(similarities(0.41, 0.10, 0.05), DEFAULTS);

        assertThat(match.verdict()).isEqualTo(Verdict.OFF_TOPIC);
        assertThat(match.confidence()).isGreaterThan(0.9);
    }

    @Test
    void the_threshold_decides_between_matched_and_unclear() {
        var sims = similarities(0.60, 0.57);

        assertThat(MatchRules.decide(sims, new MatchRules.Thresholds(0.6, 0.42)).verdict())
                .isEqualTo(Verdict.MATCHED);
        assertThat(MatchRules.decide(sims, new MatchRules.Thresholds(0.7, 0.42)).verdict())
                .isEqualTo(Verdict.UNCLEAR);
    }

    @Test
    void a_decision_without_options_is_off_topic() {
        assertThat(MatchRules.decide(Map.of(), DEFAULTS).verdict()).isEqualTo(Verdict.OFF_TOPIC);
    }

    @Test
    void thresholds_outside_their_range_are_refused() {
        assertThatThrownBy(() -> new MatchRules.Thresholds(1.0, 0.4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MatchRules.Thresholds(0.5, 1.0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void after_an_unclear_reply_the_trainee_chooses_among_the_options_it_was_torn_between() {
        var match = MatchRules.decide(similarities(0.62, 0.615, 0.30, 0.29), new MatchRules.Thresholds(0.6, 0.42));

        var offered = MatchRules.fallback(match, List.of("o1", "o2", "o3", "o4"), 7, "dp");

        assertThat(offered).containsExactlyInAnyOrder("o1", "o2");
    }

    @Test
    void after_an_off_topic_reply_the_trainee_chooses_among_all_the_options() {
        var match = MatchRules.decide(similarities(0.2, 0.1, 0.05), DEFAULTS);

        assertThat(MatchRules.fallback(match, List.of("o1", "o2", "o3"), 7, "dp"))
                .containsExactlyInAnyOrder("o1", "o2", "o3");
    }

    @Test
    void the_fallback_options_are_shuffled_so_their_order_does_not_give_the_ranking_away() {
        var match = MatchRules.decide(similarities(0.2, 0.1, 0.05), DEFAULTS);
        var orders = new HashSet<List<String>>();
        for (long seed = 0; seed < 40; seed++) {
            orders.add(MatchRules.fallback(match, List.of("o1", "o2", "o3"), seed, "dp"));
        }

        assertThat(orders).hasSizeGreaterThan(3);
        assertThat(MatchRules.fallback(match, List.of("o1", "o2", "o3"), 5, "dp"))
                .isEqualTo(MatchRules.fallback(match, List.of("o1", "o2", "o3"), 5, "dp"));
    }

    @Test
    void the_fallback_offers_only_options_the_decision_offers_now() {
        var match = MatchRules.decide(similarities(0.62, 0.615, 0.61), DEFAULTS);

        assertThat(MatchRules.fallback(match, List.of("o2", "o3"), 1, "dp")).containsExactlyInAnyOrder("o2", "o3");
    }
}
