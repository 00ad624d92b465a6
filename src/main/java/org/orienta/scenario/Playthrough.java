package org.orienta.scenario;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.base.LocalizedText;
import org.orienta.base.SeededShuffle;
import org.orienta.competency.Evidence;
import org.orienta.scenario.ScenarioNode.CustomerLine;
import org.orienta.scenario.ScenarioNode.Decision;
import org.orienta.scenario.ScenarioNode.Ending;
import org.orienta.scenario.ScenarioNode.Line;
import org.orienta.scenario.ScenarioNode.Narration;
import org.orienta.scenario.ScenarioNode.Option;

/**
 * One run through a scenario, recomputed from the attempt's seed and the choices made so far: nothing
 * about a run lives anywhere but in its seed and stored choices, so a reload, a second tab, a restarted
 * server, the debrief and a trainer's review all see the same conversation, the same hidden values, the
 * same state and the same next decision with its options in the same order.
 *
 * @param options the options the current decision offers, in the order this attempt shows them
 */
public record Playthrough(
        ScenarioState state,
        List<Entry> transcript,
        @Nullable Decision decision,
        List<Option> options,
        @Nullable Ending ending) {

    /** A guard against authoring loops that only conditions can leave: no run is longer than this. */
    private static final int MAX_NODES = 2_000;

    public Playthrough {
        transcript = List.copyOf(transcript);
        options = List.copyOf(options);
    }

    /** What was said or happened, in order. */
    public sealed interface Entry {}

    public record NarrationEntry(String nodeId, LocalizedText text) implements Entry {}

    public record CustomerEntry(String nodeId, LocalizedText text, int mood) implements Entry {}

    /** A choice made, with what it demonstrated and the state after it. */
    public record ChoiceEntry(String decisionId, Option option, int moodAfter) implements Entry {

        public List<Evidence> evidence() {
            return option.evidence();
        }
    }

    public boolean finished() {
        return ending != null;
    }

    /**
     * The ending this run reached.
     *
     * @throws IllegalStateException when the run is still waiting at a decision
     */
    public Ending ended() {
        if (ending == null) {
            throw new IllegalStateException("the run has not ended: it waits at " + decision);
        }
        return ending;
    }

    public List<ChoiceEntry> choices() {
        return transcript.stream()
                .filter(ChoiceEntry.class::isInstance)
                .map(ChoiceEntry.class::cast)
                .toList();
    }

    /**
     * This run carried on by one choice at its current decision: the same run as a replay through the
     * choices so far and this one, without going through the conversation again.
     *
     * @param seed the attempt's seed, as for {@link #replay(ScenarioDefinition, long, List)}
     * @throws IllegalStateException when the run has ended
     * @throws IllegalArgumentException when the option is not offered at the current decision
     */
    public Playthrough choose(ScenarioDefinition scenario, long seed, String optionId) {
        if (decision == null) {
            throw new IllegalStateException("the run of " + scenario.id() + " has ended");
        }
        var rest = replay(scenario, decision.id(), state, seed, List.of(optionId));
        var whole = new ArrayList<Entry>(transcript);
        whole.addAll(rest.transcript());
        return new Playthrough(rest.state(), whole, rest.decision(), rest.options(), rest.ending());
    }

    /**
     * From the scenario's start, with the hidden values the seed draws, through the given choices.
     *
     * @param seed the attempt's seed: it draws the hidden values and orders every decision's options
     */
    public static Playthrough replay(ScenarioDefinition scenario, long seed, List<String> chosenOptionIds) {
        return replay(scenario, scenario.start(), scenario.initialState(seed), seed, chosenOptionIds);
    }

    /**
     * From any node with any state (a trainer's "play from here"), through the given choices.
     *
     * @throws IllegalArgumentException when a choice is not offered at that point
     */
    public static Playthrough replay(
            ScenarioDefinition scenario,
            String startNode,
            ScenarioState initialState,
            long seed,
            List<String> chosenOptionIds) {
        var nodes = scenario.nodesById();
        var transcript = new ArrayList<Entry>();
        var state = initialState;
        var current = startNode;
        int choice = 0;
        for (int visited = 0; visited < MAX_NODES; visited++) {
            var node = nodes.get(current);
            if (node == null) {
                throw new IllegalStateException("no node " + current + " in " + scenario.id());
            }
            switch (node) {
                case Narration n -> {
                    transcript.add(new NarrationEntry(n.id(), line(n.lines(), state)));
                    current = next(n.next(), state, n.id());
                }
                case CustomerLine c -> {
                    if (c.mood() != null) {
                        state = state.withMood(c.mood());
                    }
                    transcript.add(new CustomerEntry(c.id(), line(c.lines(), state), state.mood()));
                    current = next(c.next(), state, c.id());
                }
                case Decision d -> {
                    var offered = offered(d, state);
                    if (choice == chosenOptionIds.size()) {
                        return new Playthrough(state, transcript, d, shown(scenario, d, state, seed), null);
                    }
                    var chosenId = chosenOptionIds.get(choice++);
                    var option = offered.stream()
                            .filter(o -> o.id().equals(chosenId))
                            .findFirst()
                            .orElseThrow(() -> new IllegalArgumentException(
                                    "option " + chosenId + " is not offered at " + d.id()));
                    state = state.apply(option.effects());
                    transcript.add(new ChoiceEntry(d.id(), option, state.mood()));
                    current = next(option.next(), state, d.id());
                }
                case Ending e -> {
                    if (choice < chosenOptionIds.size()) {
                        throw new IllegalArgumentException("the scenario ended before choice " + (choice + 1));
                    }
                    return new Playthrough(state, transcript, null, List.of(), e);
                }
            }
        }
        throw new IllegalStateException(scenario.id() + " runs longer than " + MAX_NODES + " nodes without a decision");
    }

    /** The options of a decision the current state offers, in authored order. */
    public static List<Option> offered(Decision decision, ScenarioState state) {
        return decision.options().stream()
                .filter(o -> o.when() == null || o.when().test(state))
                .toList();
    }

    /**
     * The options the current state offers, in the order an attempt with this seed shows them. The
     * whole authored list is ordered first and filtered after, so a pinned option keeps its place
     * relative to the others whatever conditions hide.
     */
    public static List<Option> shown(ScenarioDefinition scenario, Decision decision, ScenarioState state, long seed) {
        var ordered = scenario.shuffle() ? optionOrder(decision.options(), seed, decision.id()) : decision.options();
        return ordered.stream()
                .filter(o -> o.when() == null || o.when().test(state))
                .toList();
    }

    /** The order of a decision's options for an attempt's seed; pinned options keep their authored place. */
    public static List<Option> optionOrder(List<Option> authored, long seed, String decisionId) {
        return SeededShuffle.order(authored, Option::pin, seed, "options:" + decisionId);
    }

    private static LocalizedText line(List<Line> lines, ScenarioState state) {
        return Line.first(lines, state);
    }

    private static String next(Next next, ScenarioState state, String from) {
        return next.resolve(state).orElseThrow(() -> new IllegalStateException("no branch applies after " + from));
    }
}
