package org.orienta.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.internal.ConstantPool;
import com.vaadin.flow.internal.change.NodeChange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.content.ContentFile;
import org.orienta.content.ContentService;
import org.orienta.people.SystemAuthentication;
import org.orienta.progress.ProgressFixtures;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * What a step sends to the browser (issue 22, P2): the changes Vaadin collects for one response. A step
 * of a long conversation must cost what a step of a short one costs, because the conversation only grows
 * and the bubbles already on screen are neither re-created nor re-sent.
 */
@WithUserDetails(TestUsers.TRAINEE)
class ScenarioPlayerRenderingTest extends ViewTest {

    /** Every step has the same shape: my words, the customer's answer, the next decision's two options. */
    private static final int DECISIONS = 8;

    @Autowired
    AttemptService attempts;

    @Autowired
    ContentService content;

    @BeforeEach
    void a_long_uniform_role_play() {
        ProgressFixtures.importTestContent(content);
        var yaml = new StringBuilder("""
                id: long-talk
                title: A long talk
                summary: Eight decisions of the same shape.
                setting: A shop.
                persona: {name: Sam, age: 40, situation: Buying a kettle., expects: A quick answer.}
                minutes: 10
                sectors: [retail]
                start: hello
                nodes:
                  - id: hello
                    type: customer
                    text: "Hello?"
                    next: dp-1
                """);
        for (int i = 1; i <= DECISIONS; i++) {
            var next = i == DECISIONS ? "end" : "reply-" + i;
            yaml.append("""
                      - id: dp-%1$d
                        type: decision
                        options:
                          - id: go-%1$d
                            say: "Let me help with that."
                            feedback: Fine.
                            evidence: {CO2: 3}
                            next: %2$s
                          - id: stop-%1$d
                            say: "Next, please."
                            feedback: Curt.
                            evidence: {CO2: 1}
                            next: %2$s
                    """.formatted(i, next));
            if (i < DECISIONS) {
                yaml.append("""
                          - id: reply-%1$d
                            type: customer
                            text: "Thank you, and one more thing."
                            next: dp-%2$d
                        """.formatted(i, i + 1));
            }
        }
        yaml.append("""
                  - id: end
                    type: ending
                    outcome: standard
                    title: Done
                    debrief: Sam has a kettle.
                """);
        var imported = SystemAuthentication.call(
                () -> content.importFiles(List.of(ContentFile.of("scenarios/long-talk.yaml", yaml.toString()))));
        assertThat(imported.problems()).isEmpty();
        var id = attempts.start(new ItemRef(ItemKind.SCENARIO, "long-talk"), AttemptMode.PRACTICE, null);
        UI.getCurrent().navigate("attempt/" + id);
    }

    /** The changes the next response would carry, as Vaadin writes them; collecting them empties the queue. */
    private static List<String> pendingChanges() {
        var changes = new ArrayList<NodeChange>();
        UI.getCurrent().getInternals().getStateTree().collectChanges(changes::add);
        var pool = new ConstantPool();
        return changes.stream().map(c -> c.toJson(pool).toString()).toList();
    }

    private void choose(int decision) {
        test(find(Button.class).id("option-go-" + decision)).click();
    }

    @Test
    void every_step_of_a_long_conversation_sends_as_many_changes_as_the_first_one() {
        pendingChanges();
        var perStep = new ArrayList<Integer>();
        var bytesPerStep = new ArrayList<Integer>();
        for (int decision = 1; decision < DECISIONS; decision++) {
            choose(decision);
            var changes = pendingChanges();
            // The new lines travel; the opening line, on screen since the start, does not travel again.
            assertThat(changes).anyMatch(c -> c.contains("Thank you, and one more thing."));
            assertThat(changes).noneMatch(c -> c.contains("Hello?"));
            perStep.add(changes.size());
            bytesPerStep.add(changes.stream().mapToInt(String::length).sum());
        }

        // The first step also fills the live region for the first time; from then on every step is alike.
        assertThat(perStep.subList(1, perStep.size())).containsOnly(perStep.get(1));
        // Same texts of the same length at every step: the response does not grow with the transcript.
        int first = bytesPerStep.get(1);
        assertThat(bytesPerStep.subList(1, bytesPerStep.size()))
                .allSatisfy(bytes -> assertThat(bytes).isBetween(first - 40, first + 40));
    }

    @Test
    void a_step_keeps_every_earlier_bubble_as_the_same_component_and_adds_exactly_two() {
        var player = find(ScenarioPlayer.class).single();
        choose(1);
        for (int decision = 2; decision < DECISIONS; decision++) {
            List<Component> before = player.conversation.getChildren().toList();

            choose(decision);

            var after = player.conversation.getChildren().toList();
            assertThat(after).hasSize(before.size() + 2);
            for (int i = 0; i < before.size(); i++) {
                assertThat(after.get(i)).isSameAs(before.get(i));
            }
        }
    }

    @Test
    void after_each_step_focus_is_on_the_next_decision_and_only_the_new_line_is_announced() {
        var player = find(ScenarioPlayer.class).single();
        for (int decision = 1; decision < DECISIONS; decision++) {
            choose(decision);

            assertThat(Focus.last(UI.getCurrent())).containsSame(player.choices);
            assertThat(player.news.getText()).isEqualTo("Sam: Thank you, and one more thing.");
            assertThat(player.choices.getElement().getTextRecursively()).contains("Decision " + (decision + 1));
        }
    }
}
