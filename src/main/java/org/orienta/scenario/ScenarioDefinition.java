package org.orienta.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.orienta.base.LocalizedText;
import org.orienta.scenario.ScenarioNode.Decision;

/** A role-play scenario as authored: one version of it. Immutable. */
public record ScenarioDefinition(
        String id,
        LocalizedText title,
        LocalizedText summary,
        LocalizedText setting,
        Persona persona,
        int minutes,
        List<String> sectors,
        FeedbackTiming feedback,
        ScenarioState initialState,
        String start,
        List<ScenarioNode> nodes,
        List<String> sources) {

    public ScenarioDefinition {
        sectors = List.copyOf(sectors);
        nodes = List.copyOf(nodes);
        sources = List.copyOf(sources);
    }

    public Map<String, ScenarioNode> nodesById() {
        var map = new LinkedHashMap<String, ScenarioNode>();
        nodes.forEach(n -> map.putIfAbsent(n.id(), n));
        return map;
    }

    public Optional<ScenarioNode> node(String nodeId) {
        return nodes.stream().filter(n -> n.id().equals(nodeId)).findFirst();
    }

    public List<Decision> decisions() {
        return nodes.stream()
                .filter(Decision.class::isInstance)
                .map(Decision.class::cast)
                .toList();
    }
}
