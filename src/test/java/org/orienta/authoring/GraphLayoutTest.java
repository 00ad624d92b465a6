package org.orienta.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orienta.base.LocalizedText;
import org.orienta.scenario.ScenarioDefinition;
import org.orienta.scenario.ScenarioNode;
import org.orienta.tools.LargeScenario;

class GraphLayoutTest {

    private final ScenarioDefinition large = LargeScenario.of("rp-large", 60);

    @Test
    void every_node_gets_a_box_and_no_two_boxes_overlap() {
        var layout = GraphLayout.of(large);

        assertThat(layout.boxes()).hasSize(large.nodes().size());
        var places = new HashSet<String>();
        layout.boxes()
                .values()
                .forEach(b -> assertThat(places.add(b.x() + "," + b.y())).isTrue());
        var boxes = List.copyOf(layout.boxes().values());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                var a = boxes.get(i);
                var b = boxes.get(j);
                boolean apart = a.x() + GraphLayout.NODE_WIDTH <= b.x()
                        || b.x() + GraphLayout.NODE_WIDTH <= a.x()
                        || a.y() + GraphLayout.NODE_HEIGHT <= b.y()
                        || b.y() + GraphLayout.NODE_HEIGHT <= a.y();
                assertThat(apart).as(a.node().id() + " and " + b.node().id()).isTrue();
            }
            assertThat(boxes.get(i).x() + GraphLayout.NODE_WIDTH).isLessThanOrEqualTo(layout.width());
            assertThat(boxes.get(i).y() + GraphLayout.NODE_HEIGHT).isLessThanOrEqualTo(layout.height());
        }
    }

    @Test
    void rows_follow_the_conversation_from_the_start() {
        var layout = GraphLayout.of(large);

        assertThat(layout.boxes().get("line-1").row()).isZero();
        assertThat(layout.boxes().get("decision-1").row()).isEqualTo(1);
        assertThat(layout.boxes().get("line-2").row()).isEqualTo(2);
        assertThat(layout.boxes().get("ending-low-1").row()).isEqualTo(2);
        assertThat(layout.arrows()).hasSize(20 + 2 * 20);
        assertThat(layout.arrows()).noneMatch(GraphLayout.Arrow::back);
    }

    @Test
    void unreachable_nodes_sit_in_a_row_of_their_own_and_missing_targets_are_named() {
        var nodes = new ArrayList<ScenarioNode>(large.nodes());
        nodes.add(new ScenarioNode.Ending(
                "orphan",
                ScenarioNode.Ending.LOW,
                LocalizedText.english("Orphan"),
                LocalizedText.english("Nobody gets here."),
                List.of()));
        nodes.set(
                0,
                new ScenarioNode.CustomerLine(
                        "line-1",
                        ((ScenarioNode.CustomerLine) nodes.get(0)).lines(),
                        null,
                        org.orienta.scenario.Next.to("nowhere")));
        var broken = new ScenarioDefinition(
                large.id(),
                large.title(),
                large.summary(),
                large.setting(),
                large.persona(),
                large.minutes(),
                large.sectors(),
                large.feedback(),
                large.initialState(),
                large.start(),
                nodes,
                large.sources());

        var layout = GraphLayout.of(broken);

        assertThat(layout.boxes().get("orphan").row()).isEqualTo(1);
        assertThat(layout.boxes().get("decision-1").row()).isEqualTo(1);
        assertThat(layout.missingTargets()).containsExactly("nowhere");
    }
}
