package org.orienta.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.orienta.base.LocalizedText;
import org.orienta.base.SeededShuffle;
import org.orienta.scenario.ScenarioNode.Decision;

/**
 * A role-play scenario as authored: one version of it. Immutable.
 *
 * @param shuffle whether each attempt shows a decision's options in its own order (the default); off
 *     only with a stated {@code shuffleReason}
 * @param draws hidden values drawn per attempt from its seed: a name and the values it may take
 * @param reply how trainees answer at its decisions unless a decision says otherwise
 */
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
        List<String> sources,
        boolean shuffle,
        @Nullable String shuffleReason,
        Map<String, List<String>> draws,
        ReplyMode reply) {

    public ScenarioDefinition {
        sectors = List.copyOf(sectors);
        nodes = List.copyOf(nodes);
        sources = List.copyOf(sources);
        var copied = new LinkedHashMap<String, List<String>>();
        draws.forEach((name, values) -> copied.put(name, List.copyOf(values)));
        draws = Collections.unmodifiableMap(copied);
    }

    /** A scenario whose trainees choose among the options. */
    public ScenarioDefinition(
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
            List<String> sources,
            boolean shuffle,
            @Nullable String shuffleReason,
            Map<String, List<String>> draws) {
        this(
                id,
                title,
                summary,
                setting,
                persona,
                minutes,
                sectors,
                feedback,
                initialState,
                start,
                nodes,
                sources,
                shuffle,
                shuffleReason,
                draws,
                ReplyMode.CHOOSE);
    }

    /** A scenario whose options are shuffled and which draws nothing. */
    public ScenarioDefinition(
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
        this(
                id,
                title,
                summary,
                setting,
                persona,
                minutes,
                sectors,
                feedback,
                initialState,
                start,
                nodes,
                sources,
                true,
                null,
                Map.of(),
                ReplyMode.CHOOSE);
    }

    /** The same scenario with other nodes; everything else stays. */
    public ScenarioDefinition withNodes(List<ScenarioNode> newNodes) {
        return new ScenarioDefinition(
                id,
                title,
                summary,
                setting,
                persona,
                minutes,
                sectors,
                feedback,
                initialState,
                start,
                newNodes,
                sources,
                shuffle,
                shuffleReason,
                draws,
                reply);
    }

    /** The same scenario answered in another way at the decisions that do not say otherwise. */
    public ScenarioDefinition withReply(ReplyMode newReply) {
        return new ScenarioDefinition(
                id,
                title,
                summary,
                setting,
                persona,
                minutes,
                sectors,
                feedback,
                initialState,
                start,
                nodes,
                sources,
                shuffle,
                shuffleReason,
                draws,
                newReply);
    }

    /** How the trainee answers at this decision: its own mode, or else the role-play's. */
    public ReplyMode replyAt(Decision decision) {
        return java.util.Objects.requireNonNullElse(decision.reply(), reply);
    }

    /** Whether any decision is answered in the trainee's own words. */
    public boolean hasOwnWords() {
        return decisions().stream().anyMatch(d -> replyAt(d) == ReplyMode.OWN_WORDS);
    }

    /**
     * The state an attempt starts in: the initial counters and mood, and every hidden value drawn from the
     * attempt's seed.
     */
    public ScenarioState initialState(long seed) {
        var drawn = new LinkedHashMap<String, String>();
        draws.forEach((name, values) -> drawn.put(name, SeededShuffle.pick(values, seed, "draw:" + name)));
        return initialState.withDrawn(drawn);
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
