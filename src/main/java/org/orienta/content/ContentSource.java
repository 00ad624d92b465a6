package org.orienta.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Where content files come from: a folder on disk, or the pack bundled in the jar. */
public final class ContentSource {

    /** The classpath folder the build copies content/ into. */
    static final String BUNDLED = "content";

    private ContentSource() {}

    /** Every YAML file under the folder, with paths relative to it and "/" as separator. */
    public static List<ContentFile> folder(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            var files = new ArrayList<ContentFile>();
            for (Path file : paths.filter(Files::isRegularFile)
                    .filter(ContentSource::isYaml)
                    .sorted(Comparator.naturalOrder())
                    .toList()) {
                var relative = root.relativize(file).toString().replace('\\', '/');
                files.add(new ContentFile(relative, Files.readAllBytes(file)));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the content folder " + root, e);
        }
    }

    /** The content pack bundled in the application. */
    public static List<ContentFile> bundled() {
        try {
            var resolver = new PathMatchingResourcePatternResolver();
            var files = new ArrayList<ContentFile>();
            for (var resource : resolver.getResources("classpath*:" + BUNDLED + "/**/*.yaml")) {
                var url = resource.getURL().toString();
                var relative = url.substring(url.lastIndexOf("/" + BUNDLED + "/") + BUNDLED.length() + 2);
                try (var in = resource.getInputStream()) {
                    files.add(new ContentFile(relative, in.readAllBytes()));
                }
            }
            files.sort(Comparator.comparing(ContentFile::path));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled content pack", e);
        }
    }

    private static boolean isYaml(Path file) {
        var name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
