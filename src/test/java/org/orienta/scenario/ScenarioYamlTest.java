package org.orienta.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.orienta.base.yaml.Position;
import org.orienta.base.yaml.ReadContext;
import org.orienta.base.yaml.SafeYaml;
import org.orienta.base.yaml.YamlProblem;
import org.orienta.base.yaml.YamlSyntaxException;
import org.orienta.scenario.ScenarioNode.CustomerLine;
import org.orienta.scenario.ScenarioNode.Decision;

class ScenarioYamlTest {

    @Test
    void reads_the_bundled_first_role_play() throws IOException {
        var rp01 = ScenarioFixtures.read(Files.readString(Path.of("content/scenarios/rp-01.yaml")));

        assertThat(rp01.id()).isEqualTo("rp-01");
        assertThat(rp01.persona().name()).isEqualTo("Irina");
        assertThat(rp01.decisions()).hasSize(9);
        assertThat(rp01.initialState())
                .isEqualTo(new ScenarioState(
                        2, java.util.Map.of("good", 0, "hurt", 0, "late", 0, "manager", 0, "logged", 0)));
        assertThat(rp01.decisions().getFirst().options())
                .extracting(ScenarioNode.Option::id)
                .containsExactly("finish-notes", "greet-brief", "greet-warmly");
    }

    @Test
    void writing_and_reading_back_gives_the_same_scenario() throws IOException {
        var original = ScenarioFixtures.read(Files.readString(Path.of("content/scenarios/rp-01.yaml")));

        var written = ScenarioYaml.write(original);

        assertThat(ScenarioFixtures.read(written)).isEqualTo(original);
        assertThat(ScenarioYaml.write(ScenarioFixtures.read(written))).isEqualTo(written);
    }

    @Test
    void state_dependent_lines_and_branches_are_read_in_order() {
        var tiny = ScenarioFixtures.read(ScenarioFixtures.TWO_DECISIONS);

        var reply = (CustomerLine) tiny.node("reply").orElseThrow();
        assertThat(reply.lines()).hasSize(2);
        assertThat(reply.lines().getFirst().when().source()).isEqualTo("mood <= 2");
        var honest =
                ((Decision) tiny.node("dp-2").orElseThrow()).option("honest").orElseThrow();
        assertThat(honest.next().targets()).containsExactly("end-wow", "end-standard");
    }

    @Test
    void every_structural_problem_in_a_node_is_reported_with_its_position() throws YamlSyntaxException {
        var broken = ScenarioFixtures.TWO_DECISIONS
                .replace("        feedback: Cold.\n", "")
                .replace("type: ending\n    outcome: low", "type: endng\n    outcome: low")
                .replace("- when: mood <= 2\n        text", "- when: mood =< 2\n        text");
        var context = new ReadContext();

        assertThat(ScenarioYaml.read(SafeYaml.parse(broken), context)).isNull();

        assertThat(context.problems())
                .extracting(YamlProblem::messageKey)
                .containsExactly("field.missing", "condition.syntax", "field.notOneOf");
        assertThat(context.problems().getFirst().arguments()).containsExactly("feedback");
        assertThat(context.problems().getFirst().position()).isEqualTo(new Position(24, 9));
    }

    @Test
    void pinned_options_draws_shuffling_and_conditional_endings_are_read_and_written_back() {
        var guess = ScenarioFixtures.read(ScenarioFixtures.SHUFFLED_WITH_DRAW);

        assertThat(guess.shuffle()).isTrue();
        assertThat(guess.draws())
                .containsExactly(java.util.Map.entry("dislike", java.util.List.of("noise", "waiting", "small-talk")));
        assertThat(guess.decisions().getFirst().options())
                .extracting(ScenarioNode.Option::pin)
                .containsExactly(false, false, false, true);
        var ending = (ScenarioNode.Ending) guess.node("end-standard").orElseThrow();
        assertThat(ending.titles()).hasSize(2);
        assertThat(ending.title().english()).isEqualTo("Fine");
        assertThat(ending.debriefs().getFirst().when().source()).isEqualTo("dislike == waiting");

        var written = ScenarioYaml.write(guess);

        assertThat(ScenarioFixtures.read(written)).isEqualTo(guess);
        assertThat(written).contains("pin: true").contains("draw:").doesNotContain("shuffle");
    }

    @Test
    void shuffling_switched_off_is_written_back_with_its_reason() {
        var fixed = ScenarioFixtures.read(ScenarioFixtures.SHUFFLED_WITH_DRAW.replace(
                "state: {mood: 3, hurt: 0}",
                "shuffle: false\nshuffle_reason: Steps in order.\nstate: {mood: 3, hurt: 0}"));

        assertThat(fixed.shuffle()).isFalse();
        assertThat(fixed.shuffleReason()).isEqualTo("Steps in order.");
        assertThat(ScenarioFixtures.read(ScenarioYaml.write(fixed))).isEqualTo(fixed);
    }

    @Test
    void a_draw_needs_two_distinct_values_and_a_name_of_its_own_with_their_positions() throws YamlSyntaxException {
        var context = new ReadContext();
        var broken = ScenarioFixtures.SHUFFLED_WITH_DRAW.replace(
                "  dislike: [noise, waiting, small-talk]",
                "  dislike: [noise]\n  hurt: [a, b]\n  likes: [tea, tea, Coffee]");

        assertThat(ScenarioYaml.read(SafeYaml.parse(broken), context)).isNull();

        assertThat(context.problems())
                .extracting(YamlProblem::messageKey)
                .containsExactly(
                        "scenario.drawTooFew",
                        "scenario.drawClash",
                        "scenario.duplicateDrawValue",
                        "scenario.badDrawValue");
        assertThat(context.problems().getFirst().position().line()).isEqualTo(10);
        assertThat(context.problems().get(1).position().line()).isEqualTo(11);
    }
}
