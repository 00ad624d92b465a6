package org.orienta.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.orienta.base.yaml.Position;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Where content files come from: a folder on disk, or the pack bundled in the jar. */
public final class ContentSource {

    /** The classpath folder the build copies content/ into. */
    static final String BUNDLED = "content";

    private ContentSource() {}

    /** What a folder holds: its content files, and what in it could not or must not be read. */
    public record Scan(List<ContentFile> files, List<ContentProblem> problems) {

        public Scan {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    /** Every YAML file under the folder, with paths relative to it; what cannot be read is left out. */
    public static List<ContentFile> folder(Path root) {
        return scan(root).files();
    }

    /**
     * Every YAML file under the folder, with paths relative to it and "/" as separator, and a problem for
     * everything that looks like content but is not read: content is read only from plain files inside
     * the folder, so a link leading elsewhere (a system folder, a file outside), a pipe or device (which
     * would block or never end), a folder named like a file and a stray copy ("rp-01.yml.bak") are
     * reported, never followed or silently skipped. Hidden files and folders (".git") are skipped.
     */
    public static Scan scan(Path root) {
        var files = new ArrayList<ContentFile>();
        var problems = new ArrayList<ContentProblem>();
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            return new Scan(List.of(), List.of(problem(".", "content.unreadable", reason(e))));
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    var name = dir.getFileName().toString();
                    if (name.startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (isYaml(name)) {
                        problems.add(problem(relative(root, dir), "content.folderNamedLikeFile"));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    var name = file.getFileName().toString();
                    var path = relative(root, file);
                    if (name.startsWith(".")) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attributes.isSymbolicLink()) {
                        link(file, path);
                    } else if (attributes.isOther()) {
                        problems.add(problem(path, "content.notAFile"));
                    } else if (attributes.isRegularFile()) {
                        if (isYaml(name)) {
                            read(file, path, attributes.size());
                        } else if (looksLikeACopy(name)) {
                            problems.add(problem(path, "content.strayCopy"));
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(problem(relative(root, file), "content.unreadable", reason(e)));
                    return FileVisitResult.CONTINUE;
                }

                private void link(Path file, String path) {
                    Path target;
                    try {
                        target = file.toRealPath();
                    } catch (IOException e) {
                        problems.add(problem(path, "content.brokenLink"));
                        return;
                    }
                    if (!target.startsWith(realRoot)) {
                        problems.add(problem(path, "content.linkOutside"));
                    } else if (!Files.isRegularFile(target)) {
                        problems.add(
                                problem(path, Files.isDirectory(target) ? "content.linkedFolder" : "content.notAFile"));
                    } else if (isYaml(file.getFileName().toString())) {
                        try {
                            read(target, path, Files.size(target));
                        } catch (IOException e) {
                            problems.add(problem(path, "content.unreadable", reason(e)));
                        }
                    }
                }

                private void read(Path file, String path, long size) {
                    if (size > ContentReader.MAX_FILE_BYTES) {
                        // Not read at all: the reader would refuse it anyway, after holding it in memory.
                        problems.add(problem(path, "content.fileTooLarge", ContentReader.MAX_FILE_BYTES));
                        return;
                    }
                    try {
                        files.add(new ContentFile(path, Files.readAllBytes(file)));
                    } catch (IOException e) {
                        problems.add(problem(path, "content.unreadable", reason(e)));
                    }
                }
            });
        } catch (IOException e) {
            problems.add(problem(".", "content.unreadable", reason(e)));
        }
        files.sort(Comparator.comparing(ContentFile::path));
        return new Scan(files, problems.stream().sorted().toList());
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

    private static boolean isYaml(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** "rp-01.yml.bak", "rp-01.yaml~", "rp-01.yaml.orig": an editor's or a merge's copy beside the items. */
    private static boolean looksLikeACopy(String name) {
        return name.contains(".yaml") || name.contains(".yml");
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static ContentProblem problem(String path, String key, Object... arguments) {
        return new ContentProblem(path, Position.START, key, List.of(arguments));
    }

    /** Why a file could not be read, in words and without the path (the problem names it already). */
    private static String reason(IOException e) {
        return switch (e) {
            case java.nio.file.AccessDeniedException denied -> "permission denied";
            case java.nio.file.NoSuchFileException missing -> "it disappeared while being read";
            case java.nio.file.FileSystemLoopException loop -> "its folders loop";
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }
}
