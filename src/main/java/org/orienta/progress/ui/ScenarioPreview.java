package org.orienta.progress.ui;

import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.orienta.progress.attempt.AttemptId;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptStatus;
import org.orienta.progress.attempt.ScenarioPlay;
import org.orienta.progress.attempt.TypedReply;
import org.orienta.scenario.Playthrough;
import org.orienta.scenario.ScenarioDefinition;
import org.orienta.scenario.ScenarioState;

/**
 * The real role-play player on a scenario that need not be published, from its start or from any node
 * with any state, remembering nothing: a trainer's play-test. Nothing reaches the database, so a
 * preview never counts as evidence.
 */
@org.springframework.modulith.NamedInterface("preview")
public class ScenarioPreview extends Div {

    /**
     * @throws IllegalStateException when the scenario cannot even start from there (e.g. a node that
     *     points nowhere), for the editor to report
     */
    public ScenarioPreview(ScenarioDefinition scenario, String startNode, ScenarioState state, Runnable restart) {
        this(scenario, startNode, state, restart, null);
    }

    /** @param ownWords what understands typed replies at own-words decisions, as for trainees */
    public ScenarioPreview(
            ScenarioDefinition scenario,
            String startNode,
            ScenarioState state,
            Runnable restart,
            org.orienta.ownwords.@org.jspecify.annotations.Nullable OwnWordsService ownWords) {
        setId("scenario-preview");
        var chosen = new ArrayList<String>();
        var typed = new java.util.HashMap<Integer, TypedReply>();
        // A new order for every play-test, as every attempt has: the trainer sees what trainees will see.
        long seed = java.util.concurrent.ThreadLocalRandom.current().nextLong();
        // Replaying once up front surfaces a broken start before anything is shown.
        Playthrough.replay(scenario, startNode, state, seed, List.of());
        var session = new ScenarioPlayer.Session() {
            @Override
            public ScenarioPlay load() {
                return play();
            }

            @Override
            public ScenarioPlay choose(int step, String optionId) {
                var next = new ArrayList<>(chosen);
                next.add(optionId);
                var run = Playthrough.replay(scenario, startNode, state, seed, next);
                chosen.add(optionId);
                return play(run);
            }

            @Override
            public ScenarioPlay choose(int step, String optionId, TypedReply reply) {
                typed.put(chosen.size(), reply);
                return choose(step, optionId);
            }

            @Override
            public ScenarioPlay reflect(int question, String answer) {
                return play();
            }

            @Override
            public boolean preview() {
                return true;
            }

            private ScenarioPlay play() {
                return play(Playthrough.replay(scenario, startNode, state, seed, chosen));
            }

            private ScenarioPlay play(Playthrough run) {
                return new ScenarioPlay(
                        new AttemptId(0),
                        AttemptMode.PRACTICE,
                        run.finished() ? AttemptStatus.COMPLETED : AttemptStatus.IN_PROGRESS,
                        0,
                        scenario,
                        run,
                        chosen.size(),
                        Map.of(),
                        null,
                        typed);
            }
        };
        add(new ScenarioPlayer(
                session, restart, null, CompetencyLabels.codesOnly(), java.util.Optional::empty, ownWords));
    }
}
