package org.orienta.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The test corpus: a small valid content folder (src/test/resources/content-base) and broken files
 * (src/test/resources/content-broken), each of which names where it belongs (first lines) and the
 * problems it must produce (last lines, so that they do not move the lines they point at):
 *
 * <pre>
 * # path: scenarios/missing-target.yaml
 * # expect: 27:15 scenario.targetMissing
 * </pre>
 */
final class ContentCorpus {

    static final Path BASE = Path.of("src/test/resources/content-base");
    static final Path BROKEN = Path.of("src/test/resources/content-broken");

    record Case(String name, ContentFile file, List<String> expected) {

        @Override
        public String toString() {
            return name;
        }
    }

    private ContentCorpus() {}

    static List<ContentFile> base() {
        return ContentSource.folder(BASE);
    }

    static List<Case> brokenCases() {
        try (Stream<Path> files = Files.list(BROKEN)) {
            var cases = new ArrayList<Case>();
            for (Path file : files.sorted().toList()) {
                var bytes = Files.readAllBytes(file);
                var header = new String(bytes, StandardCharsets.ISO_8859_1)
                        .lines()
                        .filter(line -> line.startsWith("# "))
                        .toList();
                var path = header.stream()
                        .filter(l -> l.startsWith("# path: "))
                        .map(l -> l.substring(8).strip())
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException(file + " has no # path: line"));
                var expected = header.stream()
                        .filter(l -> l.startsWith("# expect: "))
                        .map(l -> path + ":" + l.substring(10).strip())
                        .toList();
                cases.add(new Case(file.getFileName().toString(), new ContentFile(path, bytes), expected));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ContentFile> baseWith(ContentFile extra) {
        var files = new ArrayList<>(base());
        files.removeIf(f -> f.path().equals(extra.path()));
        files.add(extra);
        return files;
    }

    static String describe(ContentProblem problem) {
        return problem.file() + ":" + problem.position() + " " + problem.messageKey();
    }
}
