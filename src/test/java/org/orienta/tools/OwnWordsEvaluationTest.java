package org.orienta.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.orienta.content.ContentReader;
import org.orienta.content.ContentSource;
import org.orienta.content.ContentTypes;
import org.orienta.scenario.ReplyMode;

/**
 * The labelled set the own-words figures in docs/performance.md come from: large enough, spread over the
 * bundled own-words role-plays, and never copied into the options' example phrasings.
 */
class OwnWordsEvaluationTest {

    private static final Path FILE = Path.of(OwnWordsEvaluation.DEFAULT_REPLIES);

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    @Test
    void the_set_holds_at_least_300_replies_over_three_own_words_role_plays_none_of_them_an_example() throws Exception {
        var content = ContentReader.read(
                        ContentTypes.builtIn(),
                        ContentSource.scan(Path.of("content")).files(),
                        ContentReader.Known.NOTHING)
                .content();
        var examples = new HashSet<String>();
        var ownWords = new HashSet<String>();
        for (var scenario : content.scenarios()) {
            for (var decision : scenario.decisions()) {
                if (scenario.replyAt(decision) == ReplyMode.OWN_WORDS) {
                    ownWords.add(scenario.id() + "/" + decision.id());
                }
                decision.options().forEach(o -> o.examples().forEach(e -> examples.add(normal(e))));
            }
        }
        var lines = Files.readAllLines(FILE, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t", 5))
                .toList();
        var scenarios = new HashSet<String>();
        var kinds = new HashSet<String>();
        for (var fields : lines) {
            scenarios.add(fields[0]);
            kinds.add(fields[3]);
            assertThat(ownWords).contains(fields[0] + "/" + fields[1]);
            assertThat(examples).doesNotContain(normal(fields[4]));
        }

        assertThat(lines).hasSizeGreaterThanOrEqualTo(300);
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(3);
        assertThat(kinds).contains("paraphrase", "typo", "short", "long", "rude", "off-topic");
        assertThat(lines.stream().filter(f -> f[2].equals("-")).count()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void a_broken_line_is_reported_with_its_file_and_line_and_no_stack_trace() throws Exception {
        var file = Files.createTempFile("replies", ".tsv");
        Files.writeString(file, "# comment\nrp-08\tdp-listen\tno-such-option\tshort\thello\n");
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();

        int status = OwnWordsEvaluation.evaluate(
                new String[] {"own-words-eval", file.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(file + ":2: dp-listen has no option no-such-option")
                .doesNotContain("Exception");
    }
}
