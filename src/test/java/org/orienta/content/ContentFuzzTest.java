package org.orienta.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random and mutated files fed to the reader: whatever comes in, the answer is a list of problems or
 * valid content, never an exception, and never slower than two seconds (R4).
 */
class ContentFuzzTest {

    private static final List<ContentFile> BASE = ContentCorpus.base();
    private static final String TINY = BASE.stream()
            .filter(f -> f.path().equals("scenarios/tiny.yaml"))
            .map(f -> new String(f.bytes(), StandardCharsets.UTF_8))
            .findFirst()
            .orElseThrow();
    private static final String SPECIAL = ":-[]{}&*!|>'\"%@`#,?\n\t ~<=";

    @Property(tries = 400)
    void mutated_scenarios_give_problems_or_content_but_never_an_exception(@ForAll("mutations") String text) {
        readWithin(List.of(ContentFile.of("scenarios/tiny.yaml", text)));
    }

    @Property(tries = 200)
    void random_bytes_in_any_kind_of_file_are_handled(@ForAll("bytes") byte[] bytes, @ForAll("paths") String path) {
        readWithin(List.of(new ContentFile(path, bytes)));
    }

    @Provide
    Arbitrary<String> mutations() {
        var position = Arbitraries.integers().between(0, TINY.length() - 1);
        var insert = Arbitraries.strings().withChars(SPECIAL).ofMinLength(1).ofMaxLength(6);
        var delete = Arbitraries.integers().between(1, 40);
        return Combinators.combine(
                        position, insert, delete, Arbitraries.integers().between(0, 3))
                .as((at, text, length, kind) -> switch (kind) {
                    case 0 -> TINY.substring(0, at) + text + TINY.substring(at);
                    case 1 -> TINY.substring(0, at) + TINY.substring(Math.min(TINY.length(), at + length));
                    case 2 -> TINY.substring(0, at);
                    default -> TINY.substring(at) + TINY.substring(0, at);
                });
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.of("competencies.yaml", "scenarios/x.yaml", "modules/x.yaml", "x.yaml", "a/b/c.yaml");
    }

    private static void readWithin(List<ContentFile> extra) {
        var files = new ArrayList<>(BASE);
        files.removeIf(f -> extra.stream().anyMatch(e -> e.path().equals(f.path())));
        files.addAll(extra);
        var result = assertTimeoutPreemptively(
                Duration.ofSeconds(2),
                () -> ContentReader.read(ContentTypes.builtIn(), files, ContentReader.Known.NOTHING));
        assertThat(result.valid() || !result.problems().isEmpty()).isTrue();
        result.problems().forEach(p -> assertThat(p.describe()).isNotBlank());
    }
}
