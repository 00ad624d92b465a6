package org.orienta.integrity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.orienta.scenario.Playthrough;
import org.orienta.scenario.ScenarioDefinition;
import org.orienta.scenario.ScenarioNode.Decision;
import org.orienta.scenario.ScenarioNode.Option;

/**
 * Plays role-plays through the real engine ({@link Playthrough}) with naive strategies, and walks every
 * path for the linearity check. Nothing of the engine is imitated here: what a trainee would be offered,
 * where each choice leads and which ending follows all come from the engine.
 */
final class Simulation {

    static final int RANDOM_RUNS = 1_000;
    /** Fixed, so that the audit prints the same table every time for the same content. */
    static final long SEED = 20_261_207L;

    /** Longer than any sensible role-play: a strategy caught in a loop of decisions stops here. */
    private static final int MAX_CHOICES = 200;

    private static final int MAX_REPLAYS = 50_000;

    private Simulation() {}

    /** Picks one of the options the engine offers at a decision (in the order it offers them). */
    interface Strategy {

        Option choose(Decision decision, List<Option> offered);
    }

    static Strategy longest() {
        return (decision, offered) -> offered.get(Lengths.longest(
                offered.stream().map(o -> Lengths.of(o.say().english())).toList()));
    }

    /** The option authored first among those offered, whatever order a shuffling engine shows them in. */
    static Strategy first() {
        return (decision, offered) -> offered.stream()
                .min(Comparator.comparingInt(decision.options()::indexOf))
                .orElseThrow();
    }

    static Strategy random(Random random) {
        return (decision, offered) -> offered.get(random.nextInt(offered.size()));
    }

    /**
     * The one place the audit calls the engine. The seed is the attempt's: the engine draws hidden values
     * and shuffles options from it, so a different seed per run gives each run its own draw.
     */
    static Playthrough play(ScenarioDefinition scenario, long seed, List<String> choices) {
        return Playthrough.replay(scenario, seed, choices);
    }

    /** The outcome word of the ending a strategy reaches, or null when it reaches none. */
    static @Nullable String outcome(ScenarioDefinition scenario, long seed, Strategy strategy) {
        var choices = new ArrayList<String>();
        for (int step = 0; step <= MAX_CHOICES; step++) {
            Playthrough run;
            try {
                run = play(scenario, seed, choices);
            } catch (IllegalArgumentException | IllegalStateException e) {
                return null;
            }
            if (run.finished()) {
                return run.ending().outcome();
            }
            if (run.decision() == null || run.options().isEmpty()) {
                return null;
            }
            choices.add(strategy.choose(run.decision(), run.options()).id());
        }
        return null;
    }

    /** How often each outcome was reached by clicking at random, each run with its own seed. */
    static Map<String, Integer> random(ScenarioDefinition scenario) {
        var outcomes = new HashMap<String, Integer>();
        for (int run = 0; run < RANDOM_RUNS; run++) {
            long seed = SEED + run;
            var outcome = outcome(scenario, seed, random(new Random(seed)));
            outcomes.merge(outcome == null ? "none" : outcome, 1, Integer::sum);
        }
        return outcomes;
    }

    /**
     * Whether every path from the start meets the same decisions in the same order: walks all choices
     * through the engine (up to a limit) and stops at the first path that differs.
     */
    static boolean linear(ScenarioDefinition scenario) {
        var expected = new ArrayList<String>();
        int[] endedAt = {-1};
        int[] replays = {0};
        return walk(scenario, new ArrayList<>(), expected, endedAt, replays);
    }

    private static boolean walk(
            ScenarioDefinition scenario, List<String> choices, List<String> expected, int[] endedAt, int[] replays) {
        if (replays[0]++ >= MAX_REPLAYS || choices.size() > MAX_CHOICES) {
            return true;
        }
        Playthrough run;
        try {
            run = play(scenario, SEED, choices);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return true;
        }
        int depth = choices.size();
        if (run.finished() || run.decision() == null) {
            if (endedAt[0] < 0) {
                endedAt[0] = depth;
            }
            return endedAt[0] == depth && expected.size() == depth;
        }
        if (endedAt[0] >= 0 && depth >= endedAt[0]) {
            return false;
        }
        if (depth == expected.size()) {
            expected.add(run.decision().id());
        } else if (!expected.get(depth).equals(run.decision().id())) {
            return false;
        }
        for (Option option : run.options()) {
            choices.add(option.id());
            boolean same = walk(scenario, choices, expected, endedAt, replays);
            choices.removeLast();
            if (!same) {
                return false;
            }
        }
        return true;
    }
}
