package org.orienta.progress.attempt;

import java.util.Map;
import org.orienta.scenario.Playthrough;
import org.orienta.scenario.ScenarioDefinition;
import org.springframework.modulith.NamedInterface;

/** A scenario attempt as the player shows it: the conversation so far and what comes next. */
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
        @org.jspecify.annotations.Nullable Review review) {

    public ScenarioPlay {
        reflections = Map.copyOf(reflections);
    }

    /** The number the next step must carry, so a resent request is recognised. */
    public int nextStep() {
        return stepsTaken + 1;
    }
}
