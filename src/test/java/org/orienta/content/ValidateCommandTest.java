package org.orienta.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int validate(Path folder) {
        return ValidateCommand.run(
                new String[] {"validate", folder.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void a_valid_folder_exits_with_zero_and_says_what_it_holds() {
        assertThat(validate(ContentCorpus.BASE)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("valid (10 competencies, 1 scenarios, 5 exercises, 1 quizzes (7 questions), 1 modules)");
    }

    @Test
    void each_language_gets_a_line_with_its_complete_items_and_each_incomplete_item_its_missing_texts(
            @TempDir Path folder) throws IOException {
        copy(ContentCorpus.BASE, folder);
        Files.createDirectories(folder.resolve("translations/hr/modules"));
        Files.writeString(
                folder.resolve("translations/hr/modules/basics.yaml"),
                "# Croatian translation of modules/basics.yaml\ntitle: Osnove\n");

        assertThat(validate(folder)).isZero();
        var printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).containsPattern("hr: 1 of 8 items complete \\(1 of [0-9,]+ texts\\)");
        assertThat(printed).containsPattern("sv: 0 of 8 items complete \\(0 of [0-9,]+ texts\\)");
        assertThat(printed).containsPattern("  scenarios/tiny.yaml: [0-9]+ of [0-9]+ texts missing");
        assertThat(printed.lines().filter(l -> l.startsWith("  modules/basics.yaml")))
                .as("the module misses texts in sv, pl, ru and th, not in hr")
                .hasSize(4);
    }

    @Test
    void problems_are_printed_as_file_line_column_and_exit_with_one(@TempDir Path folder) throws IOException {
        copy(ContentCorpus.BASE, folder);
        Files.writeString(
                folder.resolve("scenarios/tiny.yaml"),
                Files.readString(folder.resolve("scenarios/tiny.yaml")).replace("next: end-low", "next: end-lo"));

        assertThat(validate(folder)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(folder.resolve("scenarios/tiny.yaml")
                        + ":28:15: This points to the node “end-lo”, which does not exist.");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("1 problem found in " + folder);
    }

    @Test
    void shuffling_switched_off_without_a_reason_and_an_unknown_drawn_value_are_reported_at_their_lines(
            @TempDir Path folder) throws IOException {
        copy(ContentCorpus.BASE, folder);
        var tiny = folder.resolve("scenarios/tiny.yaml");
        Files.writeString(
                tiny,
                Files.readString(tiny)
                        .replace(
                                "state: {mood: 3, good: 0}\n",
                                "shuffle: false\nstate: {mood: 3, good: 0}\ndraw:\n  dislike: [noise, waiting]\n")
                        .replace(
                                "next: end-low",
                                "next:\n          - when: dislike == nosie\n            goto: end-low\n          - goto: end-low"));
        var quiz = folder.resolve("quizzes/quiz-mixed.yaml");
        Files.writeString(quiz, Files.readString(quiz).replace("shuffle: true", "shuffle: false"));

        assertThat(validate(folder)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(tiny + ":8:10: “shuffle: false” needs a “shuffle_reason”")
                .contains(tiny + ":32:")
                .contains("“nosie” is not a value of “dislike”; its values are noise, waiting.")
                .contains(quiz + ":7:10: “shuffle: false” needs a “shuffle_reason”");
    }

    @Test
    void a_missing_folder_is_a_usage_error() {
        assertThat(validate(Path.of("no/such/folder"))).isEqualTo(2);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                var target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
