package org.orienta.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.orienta.base.yaml.AliasBombs;

/**
 * Broken content folders, as a careless or hostile author makes them (issue 16): for each, the
 * validator exits with 1, prints every problem as {@code file:line:column: message} in plain words with
 * the cause the case is about, and never a stack trace. Cases that git cannot hold (pipes, links to
 * system folders) are made here, on a copy of the small valid folder.
 */
class BrokenFolderTest {

    /** Breaks a copy of the base folder. */
    interface Breaker {
        void breakIn(Path folder) throws IOException, InterruptedException;
    }

    record Case(String name, Breaker breaker, List<String> expected) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case(
                        "a folder named like a content file",
                        f -> Files.createDirectory(f.resolve("scenarios/rp-dir.yaml")),
                        List.of("scenarios/rp-dir.yaml:1:1: This is a folder named like a content file")),
                new Case(
                        "a link to a system folder",
                        f -> Files.createSymbolicLink(f.resolve("scenarios/etc"), Path.of("/etc")),
                        List.of("scenarios/etc:1:1: This is a link to something outside the content folder")),
                new Case(
                        "a link to a file outside the folder",
                        f -> Files.createSymbolicLink(
                                f.resolve("scenarios/leak.yaml"),
                                Files.writeString(f.resolveSibling(f.getFileName() + "-secret.yaml"), "secret: 1\n")),
                        List.of("scenarios/leak.yaml:1:1: This is a link to something outside the content folder")),
                new Case(
                        "a pipe named like a content file",
                        f -> mkfifo(f.resolve("scenarios/pipe.yaml")),
                        List.of("scenarios/pipe.yaml:1:1: This is not a plain file")),
                new Case(
                        "an editor's backup copy beside the items",
                        f -> Files.copy(f.resolve("scenarios/tiny.yaml"), f.resolve("scenarios/tiny.yml.bak")),
                        List.of("scenarios/tiny.yml.bak:1:1: This looks like a copy of a content file")),
                new Case(
                        "a text alias bomb without whitespace",
                        f -> Files.writeString(
                                f.resolve("scenarios/tiny.yaml"),
                                AliasBombs.into(Files.readString(f.resolve("scenarios/tiny.yaml")), false)),
                        List.of("scenarios/tiny.yaml:3:10: With its aliases (*name) expanded, the file would hold"
                                + " more than 2,000,000 characters")),
                new Case(
                        "a text alias bomb with whitespace",
                        f -> Files.writeString(
                                f.resolve("scenarios/tiny.yaml"),
                                AliasBombs.into(Files.readString(f.resolve("scenarios/tiny.yaml")), true)),
                        List.of("scenarios/tiny.yaml:3:10: With its aliases (*name) expanded")),
                new Case(
                        "one bad next",
                        f -> replace(f.resolve("scenarios/tiny.yaml"), "next: dp-1", "next: dp-x"),
                        List.of("scenarios/tiny.yaml:14:11: This points to the node “dp-x”, which does not exist.")),
                new Case(
                        "evidence for a competency that does not exist",
                        f -> replace(f.resolve("scenarios/tiny.yaml"), "evidence: {CO2: 1}", "evidence: {CO99: 7}"),
                        List.of("scenarios/tiny.yaml:27:26: The competency CO99 is not in the framework")),
                new Case(
                        "a file name that is no id",
                        f -> Files.move(f.resolve("scenarios/tiny.yaml"), f.resolve("scenarios/RP-01.yaml")),
                        List.of(
                                "modules/basics.yaml:5:5: The module refers to the scenario “tiny”, which does not exist.",
                                "scenarios/RP-01.yaml:1:1: The file name “RP-01.yaml” cannot be an id: ids are up to 64"
                                        + " lower-case letters, digits and hyphens, starting with a letter. Rename the file"
                                        + " to “rp-01.yaml” and use the id “rp-01”.")),
                new Case(
                        "a global tag",
                        f -> replace(
                                f.resolve("scenarios/tiny.yaml"),
                                "title: A tiny scenario",
                                "title: !!python/object:os.system x"),
                        List.of(
                                "scenarios/tiny.yaml:2:8: YAML tags such as “!!python/object:os.system” are not allowed")),
                new Case(
                        "a NUL byte",
                        f -> replace(f.resolve("scenarios/tiny.yaml"), "Buying a kettle.", "Buying a \0kettle."),
                        List.of("scenarios/tiny.yaml:5:51: The file contains the invisible control character U+0000")),
                new Case(
                        "a broken scenario the module uses",
                        f -> Files.writeString(f.resolve("scenarios/tiny.yaml"), "id: tiny\ntitle: [unclosed\n"),
                        List.of("scenarios/tiny.yaml:")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void a_broken_folder_fails_with_plain_file_line_column_problems_and_no_stack_trace(Case broken, @TempDir Path temp)
            throws Exception {
        var folder = temp.resolve("content");
        copy(ContentCorpus.BASE, folder);
        broken.breaker().breakIn(folder);
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();

        int status = ValidateCommand.run(
                new String[] {"validate", folder.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        var lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(status).isEqualTo(1);
        assertThat(lines)
                .allSatisfy(line -> assertThat(line)
                        .startsWith(folder + "/")
                        .matches("^[^:]+:\\d+:\\d+: \\S.*")
                        .doesNotContain("Exception", "\tat ", "snakeyaml", "Global tag", "[", "tag:yaml.org"));
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("Exception", "\tat ");
        var relative = lines.stream()
                .map(l -> l.substring(folder.toString().length() + 1))
                .toList();
        for (String expected : broken.expected()) {
            assertThat(relative).anySatisfy(line -> assertThat(line).startsWith(expected));
        }
        if (!broken.name().equals("a file name that is no id")) {
            // Nothing else is reported: not the module that uses a broken item, not the nodes a bad link cut off.
            assertThat(relative).hasSize(broken.expected().size());
        }
    }

    @Test
    void the_bundled_pack_is_checked_in_under_five_seconds() {
        var out = new ByteArrayOutputStream();
        long started = System.nanoTime();

        int status = ValidateCommand.run(
                new String[] {"validate", "content"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    private static void replace(Path file, String from, String to) throws IOException {
        var text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static void mkfifo(Path path) throws IOException, InterruptedException {
        var process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
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
