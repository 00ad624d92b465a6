package org.orienta.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {

    private static final Path BASE = Path.of("src/test/resources/content-base");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int audit(String... arguments) {
        return AuditCommand.run(
                Stream.concat(Stream.of("audit"), Stream.of(arguments)).toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void warnings_are_printed_as_file_line_column_with_a_table_and_exit_with_zero(@TempDir Path folder)
            throws IOException {
        shop(folder, Items.fairScenario().replace("I will call you back by five.", "As the article says, call."));

        assertThat(audit(folder.toString())).isZero();

        assertThat(output())
                .contains(folder.resolve("scenarios/shop.yaml") + ":")
                .contains(": warning: Trainees see “the article”")
                .contains("role-play  decisions  3+ options  longest → ending  first → ending")
                .containsPattern("shop +3 +100 % +\\S+ +\\S+ +\\d+ % / \\d+ % / \\d+ %")
                .contains("longest reaches WOW in ")
                .contains("1 warning in 1 of 1 items");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void strict_exits_with_one_on_any_warning(@TempDir Path folder) throws IOException {
        shop(folder, Items.fairScenario().replace("I will call you back by five.", "As the article says, call."));

        assertThat(audit("--strict", folder.toString())).isEqualTo(1);
    }

    @Test
    void strict_exits_with_zero_without_warnings(@TempDir Path folder) throws IOException {
        shop(folder, Items.fairScenario());

        assertThat(audit("--strict", folder.toString())).isZero();
        assertThat(output()).doesNotContain("warning:").contains("0 warnings in 0 of 1 items");
    }

    @Test
    void the_output_is_the_same_every_time() {
        audit(BASE.toString());
        var first = output();
        out.reset();
        audit(BASE.toString());

        assertThat(output()).isEqualTo(first).contains("tiny").contains("quiz-mixed");
    }

    @Test
    void bad_usage_exits_with_two_and_one_line() {
        assertThat(audit("--fast", BASE.toString())).isEqualTo(2);
        assertThat(audit()).isEqualTo(2);
        assertThat(audit("no/such/folder")).isEqualTo(2);
        assertThat(audit(BASE.toString(), BASE.toString())).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .containsExactly(
                        "unknown option --fast; " + AuditCommand.USAGE,
                        AuditCommand.USAGE,
                        "no/such/folder is not a folder",
                        "one folder only; " + AuditCommand.USAGE);
        assertThat(output()).isEmpty();
    }

    @Test
    void problems_of_the_content_are_reported_like_validate_and_exit_with_one(@TempDir Path folder) throws IOException {
        shop(folder, Items.fairScenario());
        Files.writeString(folder.resolve("scenarios/broken.yaml"), "id: broken\ntitle: [unclosed\n");

        assertThat(audit(folder.toString())).isEqualTo(1);

        assertThat(output())
                .contains(folder.resolve("scenarios/broken.yaml") + ":")
                .contains(": error: ");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("1 problem found in " + folder);
        assertThat(output()).as("the readable items are still audited").contains("shop ");
    }

    private static void shop(Path folder, String scenario) throws IOException {
        Files.createDirectories(folder.resolve("scenarios"));
        Files.copy(BASE.resolve("competencies.yaml"), folder.resolve("competencies.yaml"));
        Files.writeString(folder.resolve("scenarios/shop.yaml"), scenario);
    }
}
