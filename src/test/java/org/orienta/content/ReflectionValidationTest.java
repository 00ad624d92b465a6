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

/** An author's mistakes in a reflection exercise are printed as file:line:column with a plain sentence. */
class ReflectionValidationTest {

    private static final Path REFLECTION =
            Path.of("src/test/resources/content-reflection/exercises/sx-reflection.yaml");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int validate(Path folder) {
        return ValidateCommand.run(
                new String[] {"validate", folder.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @Test
    void a_valid_reflection_is_counted_with_the_other_exercises(@TempDir Path folder) throws IOException {
        copyBase(folder);
        Files.copy(REFLECTION, folder.resolve("exercises/sx-reflection.yaml"));

        assertThat(validate(folder)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("6 exercises");
    }

    @Test
    void a_missing_question_text_a_bad_minimum_and_a_duplicate_id_are_reported_at_their_lines(@TempDir Path folder)
            throws IOException {
        copyBase(folder);
        var file = folder.resolve("exercises/sx-reflection.yaml");
        Files.writeString(
                file,
                Files.readString(REFLECTION)
                        .replace("    text: What mood was the employee in?\n", "")
                        .replace("min_length: 20", "min_length: -3"));

        assertThat(validate(folder)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(file + ":8:5: ")
                .contains(file + ":13:17: ");

        out.reset();
        Files.writeString(
                file, Files.readString(REFLECTION).replace("- id: lesson\n    text:", "- id: mood\n    text:"));
        assertThat(validate(folder)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                // Like every duplicate id, reported where the id was first used.
                .contains(file + ":8:5: ")
                .contains("“mood”");
    }

    @Test
    void a_reviewed_reflection_without_a_rubric_is_told_to_add_one_or_set_review_false(@TempDir Path folder)
            throws IOException {
        copyBase(folder);
        var file = folder.resolve("exercises/sx-reflection.yaml");
        var text = Files.readString(REFLECTION);
        Files.writeString(file, text.substring(0, text.indexOf("rubric:")));

        assertThat(validate(folder)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(file + ":")
                .contains("needs a rubric to score it against (or set review: false)");
    }

    private static void copyBase(Path to) throws IOException {
        try (var files = Files.walk(ContentCorpus.BASE)) {
            for (Path file : files.toList()) {
                var target = to.resolve(ContentCorpus.BASE.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
