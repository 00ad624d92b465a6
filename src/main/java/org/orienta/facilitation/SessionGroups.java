package org.orienta.facilitation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.activity.ActivityDefinition;
import org.orienta.activity.ActivityDefinition.Card;
import org.orienta.activity.Grouping;
import org.orienta.base.SeededShuffle;
import org.orienta.people.PersonId;

/**
 * The pairs or teams of one session and the card each draws. Random, so that the same three hidden
 * dislikes do not always go to the same people, but fixed by the session's seed: the printed guide, the
 * page the facilitator runs the session from and a reprint all show the same draw, and nothing but the
 * seed is stored (as attempts do with {@link SeededShuffle}).
 */
public final class SessionGroups {

    /** People per team when the activity says "teams" without saying how many. */
    static final int TEAM_SIZE = 4;

    private SessionGroups() {}

    /**
     * One pair or team: its number (from 1), its members, and its card (none when the activity has no
     * cards).
     */
    public record Group(
            int number, List<PersonId> members, @Nullable Card card) {

        public Group {
            members = List.copyOf(members);
        }
    }

    /**
     * The groups for these participants. The draw depends on the seed and on who takes part, not on the
     * order they were picked in; with an odd number of people the last pair is a trio.
     */
    public static List<Group> of(ActivityDefinition activity, List<PersonId> participants, long seed) {
        var people = new ArrayList<>(participants);
        people.sort(Comparator.comparingLong(PersonId::value));
        var shuffled = SeededShuffle.order(people, p -> false, seed, "groups");
        var members = split(activity, shuffled);
        var groups = new ArrayList<Group>();
        for (int i = 0; i < members.size(); i++) {
            groups.add(new Group(i + 1, members.get(i), card(activity.cards(), i, seed)));
        }
        return groups;
    }

    private static List<List<PersonId>> split(ActivityDefinition activity, List<PersonId> people) {
        var groups = new ArrayList<List<PersonId>>();
        if (people.isEmpty()) {
            return groups;
        }
        if (activity.grouping() == Grouping.PAIRS) {
            for (int i = 0; i + 1 < people.size(); i += 2) {
                groups.add(new ArrayList<>(people.subList(i, i + 2)));
            }
            if (people.size() % 2 == 1) {
                if (groups.isEmpty()) {
                    groups.add(new ArrayList<>(List.of(people.getLast())));
                } else {
                    groups.getLast().add(people.getLast());
                }
            }
            return groups;
        }
        var wanted = activity.teams();
        int teams = wanted != null ? wanted : (people.size() + TEAM_SIZE - 1) / TEAM_SIZE;
        teams = Math.max(1, Math.min(teams, people.size()));
        for (int t = 0; t < teams; t++) {
            groups.add(new ArrayList<>());
        }
        for (int i = 0; i < people.size(); i++) {
            groups.get(i % teams).add(people.get(i));
        }
        return groups;
    }

    /**
     * The card of the group at this index: the deck is shuffled once per round of dealing, so no card is
     * dealt twice while unused ones are left, and a group of more pairs than cards starts a new round.
     */
    static @Nullable Card card(List<Card> cards, int index, long seed) {
        if (cards.isEmpty()) {
            return null;
        }
        int round = index / cards.size();
        var deck = SeededShuffle.order(cards, c -> false, seed, "cards-" + round);
        return deck.get(index % cards.size());
    }
}
