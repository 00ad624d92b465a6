package org.orienta.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.authoring.AuthoringService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(TestUsers.TRAINER)
class ScenarioGraphFiguresTest extends ViewTest {

    @Autowired
    AuthoringService authoring;

    private static final String TWO_OPTIONS_ONE_TARGET = """
            id: same
            title: Two ways to one line
            summary: One decision.
            setting: A shop.
            persona: {name: Sam, age: 40, situation: Buying a kettle., expects: A quick answer.}
            minutes: 3
            sectors: [retail]
            start: dp-opening
            nodes:
              - id: dp-opening
                type: decision
                options:
                  - id: greet
                    say: "Good morning!"
                    feedback: Warm.
                    evidence: {CO2: 3}
                    next: reply
                  - id: wave
                    say: "(Waves.)"
                    feedback: Friendly.
                    evidence: {CO2: 2}
                    next: reply
                  - id: ignore
                    say: "(Keeps stacking shelves.)"
                    feedback: Cold.
                    evidence: {CO2: 1}
                    next: end-low
              - id: reply
                type: customer
                text: "Hello."
                next: end-wow
              - id: end-low
                type: ending
                outcome: low
                title: Gone
                debrief: Sam left.
              - id: end-wow
                type: ending
                outcome: wow
                title: Delighted
                debrief: Sam will be back.
            """;

    @Test
    void options_leading_to_the_same_node_show_their_shares_apart_each_named_by_its_option() {
        var scenario = authoring.readScenario(TWO_OPTIONS_ONE_TARGET).orElseThrow();
        var graph = new ScenarioGraph(id -> {});
        graph.annotate(new ScenarioGraph.Annotations(
                Map.of(),
                Map.of(
                        "dp-opening/greet",
                        "44 % (4)",
                        "dp-opening/wave",
                        "33 % (3)",
                        "dp-opening/ignore",
                        "22 % (2)")));
        graph.show(scenario, null, Set.of());

        var svg = graph.getChildren()
                .flatMap(c -> c.getChildren())
                .filter(Svg.class::isInstance)
                .findFirst()
                .orElseThrow()
                .getElement()
                .toString();
        assertThat(svg).contains("greet: 44 % (4)", "wave: 33 % (3)", "ignore: 22 % (2)");

        // Where each line of figures is drawn: no two on the same spot.
        var places = new ArrayList<String>();
        var text = Pattern.compile(
                        "<text class=\"orienta-graph-figure\"[^>]*x=\"([0-9.]+)\" y=\"([0-9.]+)\">(.*?)</text>")
                .matcher(svg.replace('\'', '"'));
        var line = Pattern.compile("<tspan[^>]*dy=\"([0-9.]+)\">");
        while (text.find()) {
            double y = Double.parseDouble(text.group(2));
            var lines = line.matcher(text.group(3));
            while (lines.find()) {
                y += Double.parseDouble(lines.group(1));
                places.add(text.group(1) + "," + y);
            }
        }
        assertThat(places).hasSize(3).doesNotHaveDuplicates();
    }
}
