package org.orienta.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

class DispatcherTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<String[]> started = new ArrayList<>();
    private final Dispatcher dispatcher = new Dispatcher(print(out), print(err), this::start);

    @Test
    void no_arguments_start_the_server() {
        assertThat(dispatcher.dispatch(new String[0])).isEmpty();
        assertThat(started).isEmpty();
    }

    @Test
    void spring_boot_options_start_the_server() {
        assertThat(dispatcher.dispatch(new String[] {"--server.port=9090"})).isEmpty();
        assertThat(dispatcher.dispatch(new String[] {"--spring.profiles.active=demo", "--debug"}))
                .isEmpty();
        assertThat(text(err)).isEmpty();
    }

    @Test
    void an_unknown_command_prints_the_list_and_exits_with_status_2_without_starting_orienta() {
        assertThat(dispatcher.dispatch(new String[] {"frobnicate"})).hasValue(2);

        assertThat(text(err))
                .startsWith("Unknown command: frobnicate")
                .contains("validate <folder>", "check a content folder")
                .contains("benchmark steps [count]", "rebuild-standings", "help");
        assertThat(started).isEmpty();
    }

    @Test
    void a_misspelt_command_is_unknown_even_with_arguments() {
        assertThat(dispatcher.dispatch(new String[] {"audit-content", "content/"}))
                .hasValue(2);

        assertThat(text(err)).startsWith("Unknown command: audit-content");
        assertThat(started).isEmpty();
    }

    @Test
    void an_unknown_benchmark_names_both_words() {
        assertThat(dispatcher.dispatch(new String[] {"benchmark", "stepz"})).hasValue(2);

        assertThat(text(err)).startsWith("Unknown command: benchmark stepz");
    }

    @Test
    void help_lists_every_command_with_its_description() {
        assertThat(dispatcher.dispatch(new String[] {"help"})).hasValue(0);

        for (var command : CommandTable.COMMANDS) {
            assertThat(text(out)).contains(command.synopsis()).contains(command.description());
        }
        assertThat(text(err)).isEmpty();
    }

    @Test
    void a_command_that_needs_no_database_runs_without_starting_orienta() {
        assertThat(dispatcher.dispatch(new String[] {"validate"})).hasValue(2);

        assertThat(text(err)).contains("usage: java -jar orienta.jar validate");
        assertThat(started).isEmpty();
    }

    @Test
    void a_command_on_the_database_starts_orienta_on_a_free_port_with_its_name_and_arguments() {
        dispatcher.dispatch(new String[] {"generate-trainees", "20"});

        assertThat(started).hasSize(1);
        assertThat(started.getFirst())
                .startsWith("20")
                .contains("--orienta.tools.command=generate-trainees", "--server.port=0");
    }

    @Test
    void an_option_after_a_command_on_the_database_is_bad_usage() {
        assertThat(dispatcher.dispatch(new String[] {"rebuild-standings", "--force"}))
                .hasValue(2);

        assertThat(text(err)).contains("unknown option --force");
        assertThat(started).isEmpty();
    }

    @Test
    void a_count_that_is_not_a_number_is_bad_usage_with_a_sentence() {
        assertThat(dispatcher.dispatch(new String[] {"benchmark", "graph", "many"}))
                .hasValue(2);

        assertThat(text(err)).startsWith("'many' is not a positive whole number; usage:");
    }

    @Test
    void every_command_that_runs_inside_orienta_is_started_for_that_command_only() {
        // The command beans exist only when the runner's property is set: never in the server.
        assertThat(CommandRunner.class.getAnnotation(CommandBean.class)).isNotNull();
        for (var command : CommandTable.COMMANDS) {
            if (command.run() instanceof Command.InApplication run) {
                assertThat(run.type().getAnnotation(CommandBean.class))
                        .as(command.name())
                        .isNotNull();
            }
        }
    }

    private ConfigurableApplicationContext start(String[] args) {
        started.add(args);
        // Spring Boot's own failure: the dispatcher answers with one sentence and status 1.
        throw new IllegalStateException("not started in a unit test");
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
