package org.orienta.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.orienta.base.LocalizedText;
import org.orienta.competency.CompetencyCode;
import org.orienta.competency.Evidence;
import org.orienta.scenario.FeedbackTiming;
import org.orienta.scenario.Next;
import org.orienta.scenario.Persona;
import org.orienta.scenario.ScenarioDefinition;
import org.orienta.scenario.ScenarioNode;
import org.orienta.scenario.ScenarioNode.CustomerLine;
import org.orienta.scenario.ScenarioNode.Decision;
import org.orienta.scenario.ScenarioNode.Ending;
import org.orienta.scenario.ScenarioNode.Line;
import org.orienta.scenario.ScenarioNode.Option;
import org.orienta.scenario.ScenarioState;

/**
 * A valid role-play of any size, for the graph benchmark and tests: a chain of customer lines and
 * decisions where each decision's poor option ends the conversation badly, and the last one ends WOW.
 */
public final class LargeScenario {

    private LargeScenario() {}

    /** About {@code nodes} nodes: a third customer lines, a third decisions, a third endings. */
    public static ScenarioDefinition of(String id, int nodes) {
        int steps = Math.max(1, nodes / 3);
        var list = new ArrayList<ScenarioNode>();
        for (int i = 1; i <= steps; i++) {
            var next = i == steps ? "ending-wow" : "line-" + (i + 1);
            list.add(new CustomerLine(
                    "line-" + i,
                    List.of(new Line(null, text("The customer says thing " + i + "."))),
                    null,
                    Next.to("decision-" + i)));
            list.add(new Decision(
                    "decision-" + i,
                    text("What do you do at step " + i + "?"),
                    List.of(
                            new Option(
                                    "good-" + i,
                                    text("A helpful answer " + i),
                                    text("It helps."),
                                    Next.to(next),
                                    List.of(new Evidence(new CompetencyCode("CO2"), 3)),
                                    Map.of("mood", 1),
                                    null),
                            new Option(
                                    "poor-" + i,
                                    text("A cold answer " + i),
                                    text("It does not help."),
                                    Next.to(i < steps ? "ending-low-" + i : "ending-wow"),
                                    List.of(new Evidence(new CompetencyCode("CO2"), 1)),
                                    Map.of("mood", -1),
                                    null))));
            if (i < steps) {
                list.add(new Ending(
                        "ending-low-" + i, Ending.LOW, text("Lost at step " + i), text("They left."), List.of()));
            }
        }
        list.add(new Ending("ending-wow", Ending.WOW, text("Delighted"), text("They will come back."), List.of()));
        return new ScenarioDefinition(
                id,
                text("A large role-play"),
                text("Many steps."),
                text("A shop."),
                new Persona("Kim", 40, text("Wants help."), text("Quick help.")),
                30,
                List.of("retail"),
                FeedbackTiming.IMMEDIATE,
                new ScenarioState(3, Map.of()),
                "line-1",
                list,
                List.of());
    }

    private static LocalizedText text(String english) {
        return LocalizedText.english(english);
    }
}
