package org.orienta.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orienta.base.LocalizedText;
import org.orienta.scenario.ScenarioNode.Ending;
import org.orienta.scenario.ScenarioNode.Line;
import org.orienta.scenario.ScenarioNode.Option;

/** The editor changes one field of a node at a time; nothing else of the node may get lost. */
class ScenarioNodeTest {

    @Test
    void editing_an_options_words_keeps_its_pin_and_condition() throws Exception {
        var option = new Option(
                "wait",
                LocalizedText.english("(Say nothing yet.)"),
                LocalizedText.english("Patient."),
                Next.to("end"),
                List.of(),
                Map.of("mood", 1),
                Condition.parse("mood >= 2"),
                true);

        var edited = option.withSay(LocalizedText.english("(Wait.)"))
                .withFeedback(LocalizedText.english("Calm."))
                .withNext(Next.to("other"))
                .withEffects(Map.of());

        assertThat(edited.pin()).isTrue();
        assertThat(edited.when()).isEqualTo(option.when());
        assertThat(edited.say().english()).isEqualTo("(Wait.)");
    }

    @Test
    void editing_an_endings_title_replaces_the_fallback_and_keeps_the_conditional_lines() throws Exception {
        var ending = new Ending(
                "end",
                Ending.STANDARD,
                List.of(
                        new Line(Condition.parse("hurt >= 1"), LocalizedText.english("After a slip")),
                        new Line(null, LocalizedText.english("Fine"))),
                List.of(new Line(null, LocalizedText.english("Served."))),
                List.of(),
                false);

        var edited = ending.withTitle(LocalizedText.english("All fine")).withOutcome(Ending.WOW);

        assertThat(edited.titles()).hasSize(2);
        assertThat(edited.titles().getFirst().text().english()).isEqualTo("After a slip");
        assertThat(edited.title().english()).isEqualTo("All fine");
        assertThat(edited.outcome()).isEqualTo(Ending.WOW);
        assertThat(edited.title(new ScenarioState(3, Map.of("hurt", 1))).english())
                .isEqualTo("After a slip");
    }
}
