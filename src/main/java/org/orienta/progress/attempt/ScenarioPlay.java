package org.orienta.progress.attempt;

import java.util.Map;
import org.orienta.scenario.Playthrough;
import org.orienta.scenario.ScenarioDefinition;
import org.springframework.modulith.NamedInterface;

/**
 * A scenario attempt as the player shows it: the conversation so far and what comes next.
 *
 * @param typed what the trainee typed at own-words decisions, by the index of the choice it became
 */
@NamedInterface("attempt")
public record ScenarioPlay(
        AttemptId id,
        AttemptMode mode,
        AttemptStatus status,
        int version,
        ScenarioDefinition scenario,
        Playthrough run,
        int stepsTaken,
        Map<Integer, String> reflections,
        @org.jspecify.annotations.Nullable Review review,
        Map<Integer, TypedReply> typed) {

    public ScenarioPlay {
        reflections = Map.copyOf(reflections);
        typed = Map.copyOf(typed);
    }

    /** A run without typed replies. */
    public ScenarioPlay(
            AttemptId id,
            AttemptMode mode,
            AttemptStatus status,
            int version,
            ScenarioDefinition scenario,
            Playthrough run,
            int stepsTaken,
            Map<Integer, String> reflections,
            @org.jspecify.annotations.Nullable Review review) {
        this(id, mode, status, version, scenario, run, stepsTaken, reflections, review, Map.of());
    }

    /**
     * What the trainee typed for the choice with this index in {@code run().choices()} (0 = the first),
     * if they typed it.
     */
    public java.util.Optional<TypedReply> typedAt(int choiceIndex) {
        return java.util.Optional.ofNullable(typed.get(choiceIndex));
    }

    /** The same run with a typed reply for the choice with this index. */
    public ScenarioPlay withTyped(int choiceIndex, TypedReply reply) {
        var all = new java.util.HashMap<>(typed);
        all.put(choiceIndex, reply);
        return new ScenarioPlay(id, mode, status, version, scenario, run, stepsTaken, reflections, review, all);
    }

    /** The number the next step must carry, so a resent request is recognised. */
    public int nextStep() {
        return stepsTaken + 1;
    }
}
