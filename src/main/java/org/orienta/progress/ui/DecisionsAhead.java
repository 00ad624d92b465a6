package org.orienta.progress.ui;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.orienta.scenario.ScenarioDefinition;
import org.orienta.scenario.ScenarioNode;

/**
 * The most decisions a role-play can still ask for from a node, counting the node itself: the longest
 * path to an ending through the authored graph. Conditions only ever remove branches, so this is a
 * true upper bound, never a guess; a graph that can loop has none, and the player then shows no total.
 */
final class DecisionsAhead {

    private final Map<String, ScenarioNode> nodes;
    private final Map<String, Integer> longest = new HashMap<>();
    private final Set<String> visiting = new HashSet<>();

    private DecisionsAhead(ScenarioDefinition scenario) {
        this.nodes = scenario.nodesById();
    }

    static OptionalInt from(ScenarioDefinition scenario, String nodeId) {
        try {
            return OptionalInt.of(new DecisionsAhead(scenario).longest(nodeId));
        } catch (Loop e) {
            return OptionalInt.empty();
        }
    }

    private int longest(String nodeId) {
        var known = longest.get(nodeId);
        if (known != null) {
            return known;
        }
        if (!visiting.add(nodeId)) {
            throw new Loop();
        }
        var node = nodes.get(nodeId);
        int most = switch (node) {
            case null -> 0;
            case ScenarioNode.Ending e -> 0;
            case ScenarioNode.Narration n ->
                n.next().targets().stream().mapToInt(this::longest).max().orElse(0);
            case ScenarioNode.CustomerLine c ->
                c.next().targets().stream().mapToInt(this::longest).max().orElse(0);
            case ScenarioNode.Decision d ->
                1
                        + d.options().stream()
                                .flatMap(o -> o.next().targets().stream())
                                .mapToInt(this::longest)
                                .max()
                                .orElse(0);
        };
        visiting.remove(nodeId);
        longest.put(nodeId, most);
        return most;
    }

    private static final class Loop extends RuntimeException {
        Loop() {
            super(null, null, false, false);
        }
    }
}
