package org.orienta.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

class CommandRunnerTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void runs_the_named_command_with_its_arguments_and_reports_its_status() {
        var command = new GenerateTraineesCommand(null) {
            @Override
            public int run(List<String> arguments, PrintStream out) {
                out.print("ran with " + arguments);
                return 0;
            }
        };
        var runner = runner(command);

        runner.run(new DefaultApplicationArguments("250", "--orienta.tools.command=generate-trainees"));

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("ran with [250]");
        assertThat(runner.getExitCode()).isZero();
    }

    @Test
    void a_failing_command_prints_one_sentence_and_exits_with_status_1() {
        var command = new GenerateTraineesCommand(null) {
            @Override
            public int run(List<String> arguments, PrintStream out) {
                throw new IllegalStateException("Benchmark trainees are added only in demo mode");
            }
        };
        var runner = runner(command);

        runner.run(new DefaultApplicationArguments());

        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualToIgnoringNewLines("generate-trainees failed: Benchmark trainees are added only in demo mode");
        assertThat(runner.getExitCode()).isEqualTo(1);
    }

    private CommandRunner runner(ApplicationCommand command) {
        return new CommandRunner(
                List.of(command),
                "generate-trainees",
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
