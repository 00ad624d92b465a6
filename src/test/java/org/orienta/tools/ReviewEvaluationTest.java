package org.orienta.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** {@code own-words-eval --reviews}: review suggestions on the labelled answers in docs/eval. */
class ReviewEvaluationTest {

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = OwnWordsEvaluation.evaluate(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void the_labelled_answers_are_each_held_out_and_the_agreement_is_printed_per_criterion_and_overall() {
        var run = run("own-words-eval", "--reviews");

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.out())
                .contains("review suggestions: 36 labelled answers")
                .containsPattern("suggested for \\d+ of 180 levels; agreed \\d+\\.\\d %")
                .contains("sx-05/acknowledge", "sx-05/follow-up");
    }

    @Test
    void a_broken_line_is_reported_with_its_file_and_line_and_no_stack_trace() throws Exception {
        var file = Files.createTempFile("answers", ".tsv");
        Files.writeString(file, "# comment\nsx-05\tcourier-terms\tkindness=3\tSorry!\n");

        var run = run("own-words-eval", "--reviews", file.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains(file + ":2: 'kindness=3' is not criterion=level (1-4) of sx-05's rubric")
                .doesNotContain("Exception");
    }
}
