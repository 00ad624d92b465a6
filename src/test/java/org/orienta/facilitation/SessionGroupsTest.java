package org.orienta.facilitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.orienta.activity.ActivityDefinition;
import org.orienta.activity.ActivityDefinition.Card;
import org.orienta.activity.ActivityDefinition.GroupSize;
import org.orienta.activity.Grouping;
import org.orienta.base.LocalizedText;
import org.orienta.people.PersonId;

/** The draw of a session: random across sessions, the same every time for one session. */
class SessionGroupsTest {

    static ActivityDefinition activity(Grouping grouping, Integer teams, int cards) {
        var deck = new ArrayList<Card>();
        for (int i = 1; i <= cards; i++) {
            deck.add(new Card("card-" + i, LocalizedText.english("Card " + i)));
        }
        return new ActivityDefinition(
                "live-test",
                LocalizedText.english("Test"),
                LocalizedText.english("Goal"),
                20,
                new GroupSize(2, 40),
                grouping,
                teams,
                List.of(),
                List.of(),
                List.of(new ActivityDefinition.Step("play", LocalizedText.english("Play"), null)),
                deck,
                null,
                List.of(LocalizedText.english("How was it?")),
                null,
                List.of());
    }

    static List<PersonId> people(int n) {
        return LongStream.rangeClosed(1, n).mapToObj(PersonId::new).toList();
    }

    @Test
    void the_same_seed_and_people_draw_the_same_pairs_and_cards_whatever_order_they_were_picked_in() {
        var activity = activity(Grouping.PAIRS, null, 6);
        var shuffled = new ArrayList<>(people(8));
        Collections.reverse(shuffled);

        assertThat(SessionGroups.of(activity, shuffled, 42L)).isEqualTo(SessionGroups.of(activity, people(8), 42L));
    }

    @Test
    void other_sessions_draw_other_pairs_and_cards() {
        var activity = activity(Grouping.PAIRS, null, 6);
        var draws = new HashSet<List<SessionGroups.Group>>();
        for (long seed = 0; seed < 50; seed++) {
            draws.add(SessionGroups.of(activity, people(8), seed));
        }

        assertThat(draws).hasSizeGreaterThan(40);
    }

    @Test
    void every_card_goes_first_to_some_pair_over_many_sessions() {
        var activity = activity(Grouping.PAIRS, null, 6);
        var first = new HashSet<String>();
        for (long seed = 0; seed < 200; seed++) {
            var card = SessionGroups.of(activity, people(4), seed).getFirst().card();
            first.add(java.util.Objects.requireNonNull(card).id());
        }

        assertThat(first).hasSize(6);
    }

    @Test
    void no_two_pairs_get_the_same_card_while_unused_cards_are_left() {
        var activity = activity(Grouping.PAIRS, null, 6);

        for (long seed = 0; seed < 100; seed++) {
            var groups = SessionGroups.of(activity, people(12), seed);
            assertThat(groups)
                    .extracting(g -> java.util.Objects.requireNonNull(g.card()).id())
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void more_pairs_than_cards_deal_a_second_round() {
        var groups = SessionGroups.of(activity(Grouping.PAIRS, null, 2), people(10), 7L);

        assertThat(groups).hasSize(5).allSatisfy(g -> assertThat(g.card()).isNotNull());
        assertThat(groups.subList(0, 2)).extracting(g -> g.card().id()).doesNotHaveDuplicates();
    }

    @Test
    void an_odd_number_of_people_makes_the_last_pair_a_trio_and_everyone_is_in_one_group() {
        var groups = SessionGroups.of(activity(Grouping.PAIRS, null, 3), people(7), 3L);

        assertThat(groups).extracting(g -> g.members().size()).containsExactly(2, 2, 3);
        assertThat(groups.stream().flatMap(g -> g.members().stream())).containsExactlyInAnyOrderElementsOf(people(7));
        assertThat(groups).extracting(SessionGroups.Group::number).containsExactly(1, 2, 3);
    }

    @Test
    void teams_split_everyone_as_evenly_as_possible_into_the_number_asked_or_teams_of_four() {
        assertThat(SessionGroups.of(activity(Grouping.TEAMS, 3, 3), people(10), 1L))
                .extracting(g -> g.members().size())
                .containsExactly(4, 3, 3);
        assertThat(SessionGroups.of(activity(Grouping.TEAMS, null, 3), people(9), 1L))
                .extracting(g -> g.members().size())
                .containsExactly(3, 3, 3);
    }

    @Test
    void three_teams_with_three_level_cards_get_one_level_each() {
        for (long seed = 0; seed < 50; seed++) {
            assertThat(SessionGroups.of(activity(Grouping.TEAMS, 3, 3), people(9), seed))
                    .extracting(g -> g.card().id())
                    .containsExactlyInAnyOrder("card-1", "card-2", "card-3");
        }
    }

    @Test
    void an_activity_without_cards_draws_groups_only_and_no_one_draws_nothing() {
        assertThat(SessionGroups.of(activity(Grouping.PAIRS, null, 0), people(4), 1L))
                .hasSize(2)
                .allSatisfy(g -> assertThat(g.card()).isNull());
        assertThat(SessionGroups.of(activity(Grouping.PAIRS, null, 3), List.of(), 1L))
                .isEmpty();
        assertThat(SessionGroups.of(activity(Grouping.PAIRS, null, 3), people(1), 1L))
                .singleElement()
                .satisfies(g -> assertThat(g.members()).hasSize(1));
    }
}
