package org.orienta.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orienta.scenario.ReplyMode;
import org.orienta.scenario.ScenarioDefinition;
import org.orienta.scenario.ScenarioRules;
import org.orienta.scenario.ScenarioYaml;

/** Role-plays answered in the trainee's own words, as content files say it (issue 25). */
class OwnWordsContentTest {

    private static final String TALK = """
            id: talk
            title: Talk
            summary: Own words.
            setting: A shop.
            persona: {name: Sam, age: 40, situation: Buying., expects: Help.}
            minutes: 3
            sectors: [retail]
            reply: own-words
            start: dp-1
            nodes:
              - id: dp-1
                type: decision
                options:
                  - id: warm
                    say: "Good morning!"
                    feedback: Warm.
                    examples:
                      - "Hi there, welcome!"
                      - "Hello, nice to see you."
                    next: dp-2
                  - id: cold
                    say: "Next."
                    feedback: Cold.
                    examples: ["Who's next?", "Next one, please."]
                    next: dp-2
              - id: dp-2
                type: decision
                reply: choose
                options:
                  - id: log
                    say: "(Log the visit)"
                    feedback: Fine.
                    next: end
              - id: end
                type: ending
                outcome: standard
                title: Done
                debrief: Done.
            """;

    private static ContentReader.Result read(String yaml) {
        return ContentReader.read(
                ContentTypes.builtIn(),
                List.of(ContentFile.of("scenarios/talk.yaml", yaml)),
                ContentReader.Known.NOTHING);
    }

    /** The problems of the role-play itself (a folder of one file also misses its competency framework). */
    private static List<String> problems(ContentReader.Result result) {
        return result.problems().stream()
                .filter(p -> p.file().equals("scenarios/talk.yaml"))
                .map(ContentProblem::describe)
                .toList();
    }

    @Test
    void a_role_play_and_a_single_decision_say_how_trainees_answer_and_options_carry_examples() {
        var result = read(TALK);

        assertThat(problems(result)).isEmpty();
        var talk = result.content().scenarios().getFirst();
        assertThat(talk.reply()).isEqualTo(ReplyMode.OWN_WORDS);
        assertThat(talk.replyAt(talk.decisions().get(0))).isEqualTo(ReplyMode.OWN_WORDS);
        assertThat(talk.replyAt(talk.decisions().get(1))).isEqualTo(ReplyMode.CHOOSE);
        assertThat(talk.decisions().getFirst().option("cold").orElseThrow().examples())
                .containsExactly("Who's next?", "Next one, please.");
    }

    @Test
    void reply_modes_and_examples_are_written_back_and_read_the_same() {
        var talk = read(TALK).content().scenarios().getFirst();

        var written = ScenarioYaml.write(talk);

        assertThat(written).contains("reply: own-words", "reply: choose", "examples:");
        var again = read(written).content().scenarios().getFirst();
        assertThat(again).isEqualTo(talk);
    }

    @Test
    void a_role_play_answered_by_choosing_writes_no_reply_mode_so_earlier_versions_keep_their_text() {
        var choosing = read(TALK.replace("reply: own-words\n", "").replace("    reply: choose\n", ""))
                .content()
                .scenarios()
                .getFirst();

        assertThat(ScenarioYaml.write(choosing)).doesNotContain("reply:");
    }

    @Test
    void an_option_of_an_own_words_decision_without_enough_examples_is_reported_at_its_line() {
        var result = read(TALK.replace("""
                        examples:
                          - "Hi there, welcome!"
                          - "Hello, nice to see you."
                """, "")
                .replace("examples: [\"Who's next?\", \"Next one, please.\"]", "examples: [\"Who's next?\"]"));

        assertThat(problems(result))
                .containsExactly(
                        "scenarios/talk.yaml:14:9: Option “warm” needs at least 2 example phrasings (examples:) for a decision answered in own words.",
                        "scenarios/talk.yaml:21:19: Option “cold” needs at least 2 example phrasings (examples:) for a decision answered in own words.");
    }

    @Test
    void a_blank_or_repeated_example_is_reported_at_its_field() {
        var result = read(TALK.replace("\"Hello, nice to see you.\"", "\"Hi there, welcome!\""));

        assertThat(problems(result))
                .containsExactly("scenarios/talk.yaml:18:11: The example “Hi there, welcome!” is given twice.");
    }

    @Test
    void a_decision_answered_by_choosing_needs_no_examples() {
        var result = read(TALK.replace("reply: own-words\n", "")
                .replace("examples: [\"Who's next?\", \"Next one, please.\"]", "examples: []"));

        assertThat(problems(result)).isEmpty();
    }

    @Test
    void three_bundled_role_plays_are_answered_in_own_words_with_four_examples_for_every_option() throws Exception {
        var pack = ContentReader.read(
                ContentTypes.builtIn(), ContentSource.folder(Path.of("content")), ContentReader.Known.NOTHING);

        var ownWords = pack.content().scenarios().stream()
                .filter(ScenarioDefinition::hasOwnWords)
                .toList();
        assertThat(ownWords).extracting(ScenarioDefinition::id).contains("rp-08", "rp-13", "rp-14");
        for (var scenario : ownWords) {
            for (var decision : scenario.decisions()) {
                if (scenario.replyAt(decision) == ReplyMode.OWN_WORDS) {
                    assertThat(decision.options())
                            .allSatisfy(o -> assertThat(o.examples()).hasSizeGreaterThanOrEqualTo(4));
                }
            }
        }
        assertThat(ScenarioRules.MIN_EXAMPLES).isLessThanOrEqualTo(4);
        assertThat(Files.exists(Path.of("content/schema/scenario.json"))).isTrue();
    }
}
