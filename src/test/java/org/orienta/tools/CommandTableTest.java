package org.orienta.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandTableTest {

    /**
     * The demo history is written by a background thread after start-up; a command that ends before it
     * finished closed the database under it and printed a stack trace (seen with generate-trainees).
     */
    @Test
    void no_command_inside_orienta_starts_the_demo_history_it_would_cut_short() {
        var inApplication = CommandTable.COMMANDS.stream()
                .filter(command -> command.run() instanceof Command.InApplication)
                .toList();

        assertThat(inApplication)
                .isNotEmpty()
                .allSatisfy(command -> assertThat(((Command.InApplication) command.run())
                                .settings()
                                .of(List.of()))
                        .as(command.name())
                        .contains("--orienta.demo-history=false"));
    }
}
