package org.orienta.content;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.orienta.people.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Imports the content folder (or the bundled pack) at start-up. Invalid content is reported in full
 * and nothing of it is imported: Orienta keeps serving the content it already has.
 *
 * <p>A restart usually finds the same files and the same content in the database: then one fingerprint
 * of the files (and of the build that reads them) and one of the catalogue and framework, both equal to
 * those the last import left, say so, and no YAML is parsed (0.8-1.5 s before, issue 22).
 */
@Component
@Order(30)
class ContentStartup implements org.orienta.base.StartupStep {

    private static final Logger log = LoggerFactory.getLogger(ContentStartup.class);

    /** What a start did with the content. */
    enum Outcome {
        SWITCHED_OFF,
        UNCHANGED,
        IMPORTED,
        REFUSED
    }

    /** The build when it carries no build information (run from an IDE): the bundled pack is then read. */
    static final String DEVELOPMENT = "development";

    private final ContentSettings settings;
    private final ContentService content;
    private final ContentPacks packs;
    /** Which build reads the files: a new release may read the same files differently, so it imports again. */
    private final String build;

    @Autowired
    ContentStartup(
            ContentSettings settings,
            ContentService content,
            ContentPacks packs,
            ObjectProvider<BuildProperties> buildProperties) {
        this(
                settings,
                content,
                packs,
                buildProperties.stream()
                        .map(b -> b.getVersion() + "@" + b.getTime())
                        .findFirst()
                        .orElse(DEVELOPMENT));
    }

    ContentStartup(ContentSettings settings, ContentService content, ContentPacks packs, String build) {
        this.settings = settings;
        this.content = content;
        this.packs = packs;
        this.build = build;
    }

    @Override
    public void run() {
        start();
    }

    Outcome start() {
        if (!settings.importOnStart()) {
            return Outcome.SWITCHED_OFF;
        }
        long started = System.nanoTime();
        var folder = Path.of(settings.location());
        boolean useFolder = Files.isDirectory(folder);
        var source = useFolder ? folder.toAbsolutePath().normalize().toString() : "the bundled content pack";
        @org.jspecify.annotations.Nullable List<ContentFile> files;
        String fingerprint;
        if (useFolder) {
            var scan = ContentSource.scan(folder);
            if (!scan.problems().isEmpty()) {
                // What must not be read (a link leading outside the folder, a pipe) makes the whole folder suspect.
                log.error(
                        "Content in {} has {} problems; nothing of it was imported:\n{}",
                        source,
                        scan.problems().size(),
                        scan.problems().stream().map(ContentProblem::describe).collect(Collectors.joining("\n")));
                return Outcome.REFUSED;
            }
            files = scan.files();
            fingerprint = fingerprint(files);
        } else if (build.equals(DEVELOPMENT)) {
            files = ContentSource.bundled();
            fingerprint = fingerprint(files);
        } else {
            // The bundled pack is part of the build: the build's fingerprint is the pack's, and the jar is
            // not even searched for it (a class-path scan) unless it must be imported.
            files = null;
            fingerprint = fingerprint(List.of(ContentFile.of("(bundled)", "")));
        }
        var last = packs.last(ContentPacks.START_UP);
        if (last.isPresent()
                && last.get().fingerprint().equals(fingerprint)
                && last.get().catalogue().equals(SystemAuthentication.call(content::state))) {
            log.info(
                    "Content in {} is unchanged since its last import; checked in {} ms",
                    source,
                    (System.nanoTime() - started) / 1_000_000);
            return Outcome.UNCHANGED;
        }
        var toImport = files != null ? files : ContentSource.bundled();
        var imported = SystemAuthentication.call(() -> content.importFiles(toImport, false));
        if (imported.report() == null) {
            packs.forget(ContentPacks.START_UP);
            log.error(
                    "Content in {} has {} problems; nothing of it was imported:\n{}",
                    source,
                    imported.problems().size(),
                    imported.problems().stream().map(ContentProblem::describe).collect(Collectors.joining("\n")));
            return Outcome.REFUSED;
        }
        var incomplete = SystemAuthentication.call(() -> content.incompleteInRequiredLanguages(
                ContentReader.read(content.types(), toImport, ContentReader.Known.NOTHING)));
        if (!incomplete.isEmpty()) {
            // Not blocked: the server must start with its content; the trainers see it in the content list.
            log.warn(
                    "Content in {} was imported although {} items are not complete in a language the organisation"
                            + " requires:\n{}",
                    source,
                    incomplete.size(),
                    incomplete.stream().map(ContentProblem::describe).collect(Collectors.joining("\n")));
        }
        packs.remember(
                ContentPacks.START_UP,
                new ContentPacks.Imported(fingerprint, SystemAuthentication.call(content::state)));
        var report = imported.report();
        log.info(
                "Imported content from {} in {} ms: {} items, {} new versions, {} unchanged{}",
                source,
                (System.nanoTime() - started) / 1_000_000,
                report.items().size(),
                report.newVersions(),
                report.unchanged(),
                report.frameworkChanged() ? "; competency framework updated" : "");
        return Outcome.IMPORTED;
    }

    /** SHA-256 over the build and every file's path and bytes, in path order (the scan sorts them). */
    String fingerprint(List<ContentFile> files) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update((build + "\n").getBytes(StandardCharsets.UTF_8));
            for (var file : files) {
                // Path and length first, so that no two different folders can run together into the same bytes.
                digest.update((file.path() + "\n" + file.bytes().length + "\n").getBytes(StandardCharsets.UTF_8));
                digest.update(file.bytes());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
