package org.orienta.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.orienta.scenario.Next.Branch;
import org.orienta.scenario.ScenarioNode.CustomerLine;
import org.orienta.scenario.ScenarioNode.Ending;
import org.orienta.scenario.ScenarioNode.Narration;

/**
 * Which choices of one run brought it to the ending it reached, for "where low endings come from".
 * Blaming only the last choice is wrong when earlier choices drove the customer's mood or a counter to
 * where a condition sends the conversation to that ending. The rule:
 *
 * <ol>
 *   <li>Walk from the last choice to the ending, as the engine does, and note every condition that
 *       routed the run: a branch taken on its condition ({@code hurt >= 2}: higher is toward this
 *       ending) and each branch tried before it whose condition failed ({@code mood >= 4} failing: lower
 *       is toward it).
 *   <li>A choice is blamed when its effects moved one of those names in that direction (an effect the
 *       mood's limits swallowed moved nothing).
 *   <li>The last choice is blamed too when its own option decided the way: its {@code next} links
 *       straight there or holds the condition that routed the run. When the route was decided later, at
 *       a line every option leads to, the last choice is blamed only if it moved the state.
 *   <li>When no choice is blamed by these, the last choice is: it is the one that led there.
 * </ol>
 *
 * Comparisons with {@code ==}, {@code !=}, drawn words and negated conditions have no direction and
 * blame nothing by themselves.
 */
public final class EndingAttribution {

    /** One choice of a run: at which decision, which option. */
    public record Choice(String decisionId, String optionId) {
        @Override
        public String toString() {
            return decisionId + "/" + optionId;
        }
    }

    private EndingAttribution() {}

    /**
     * The choices to which the run's ending is owed, in the order they were made; empty when the run did
     * not end or could not be replayed on this version.
     */
    public static List<Choice> blame(ScenarioDefinition scenario, long seed, List<String> chosenOptionIds) {
        if (chosenOptionIds.isEmpty()) {
            return List.of();
        }
        var moves = new ArrayList<Move>();
        ScenarioState last;
        Ending ending;
        try {
            for (int i = 0; i < chosenOptionIds.size(); i++) {
                var before = Playthrough.replay(scenario, seed, chosenOptionIds.subList(0, i));
                var decision = before.decision();
                if (decision == null) {
                    return List.of();
                }
                var optionId = chosenOptionIds.get(i);
                var option = decision.option(optionId).orElseThrow(IllegalArgumentException::new);
                moves.add(new Move(
                        new Choice(decision.id(), optionId),
                        before.state(),
                        before.state().apply(option.effects()),
                        option.next()));
            }
            var whole = Playthrough.replay(scenario, seed, chosenOptionIds);
            ending = whole.ending();
            last = moves.getLast().after();
        } catch (IllegalArgumentException | IllegalStateException e) {
            return List.of();
        }
        if (ending == null) {
            return List.of();
        }
        var route = routing(scenario, moves.getLast().next(), last);
        var blamed = new LinkedHashSet<Choice>();
        for (Move move : moves) {
            if (move == moves.getLast() && route.decidedByOption()) {
                blamed.add(move.choice());
            }
            for (var direction : route.toward().entrySet()) {
                int before = move.before().value(direction.getKey());
                int after = move.after().value(direction.getKey());
                if (Integer.signum(after - before) == direction.getValue() && after != before) {
                    blamed.add(move.choice());
                }
            }
        }
        if (blamed.isEmpty()) {
            blamed.add(moves.getLast().choice());
        }
        return List.copyOf(blamed);
    }

    private record Move(Choice choice, ScenarioState before, ScenarioState after, Next next) {}

    /**
     * The names the conditions on the way from the last choice to the ending read, each with the
     * direction (+1 up, -1 down) that leads toward that ending (a name pulled both ways is dropped), and
     * whether the last option's own {@code next} decided the way.
     */
    record Route(Map<String, Integer> toward, boolean decidedByOption) {}

    static Route routing(ScenarioDefinition scenario, Next start, ScenarioState state) {
        var nodes = scenario.nodesById();
        var directions = new HashMap<String, Integer>();
        var conflicting = new java.util.HashSet<String>();
        var next = start;
        var current = state;
        Set<String> seen = new java.util.HashSet<>();
        boolean conditionLater = false;
        while (true) {
            if (next != start && next.branches().stream().anyMatch(b -> b.when() != null)) {
                conditionLater = true;
            }
            var taken = next.resolve(current);
            if (taken.isEmpty()) {
                break;
            }
            String target = taken.get();
            for (Branch branch : next.branches()) {
                if (branch.when() == null) {
                    break;
                }
                boolean holds = branch.when().test(current);
                // A failed branch that would have led to the same place says nothing about the way there.
                if (holds || !branch.target().equals(target)) {
                    note(branch.when(), holds ? 1 : -1, directions, conflicting);
                }
                if (holds) {
                    break;
                }
            }
            if (!seen.add(target)) {
                break;
            }
            var node = nodes.get(target);
            if (node instanceof Narration n) {
                next = n.next();
            } else if (node instanceof CustomerLine c) {
                if (c.mood() != null) {
                    current = current.withMood(c.mood());
                }
                next = c.next();
            } else {
                // An ending or the next decision (none follows the last choice of a finished run).
                break;
            }
        }
        conflicting.forEach(directions::remove);
        boolean optionConditional = start.branches().stream().anyMatch(b -> b.when() != null);
        return new Route(Map.copyOf(directions), optionConditional || !conditionLater);
    }

    /** {@code sign} +1 for a condition that held (toward it), -1 for one that failed (away from it). */
    private static void note(Condition condition, int sign, Map<String, Integer> directions, Set<String> conflicting) {
        if (condition.source().matches("(?s).*\\bnot\\b.*")) {
            // A negated comparison points the other way; rather than guess, it blames nothing.
            return;
        }
        for (var term : condition.terms()) {
            if (term.number() == null) {
                continue;
            }
            int direction = switch (term.operator()) {
                case "<", "<=" -> -1;
                case ">", ">=" -> 1;
                default -> 0;
            };
            if (direction == 0) {
                continue;
            }
            var previous = directions.putIfAbsent(term.name(), direction * sign);
            if (previous != null && previous != direction * sign) {
                conflicting.add(term.name());
            }
        }
    }
}
