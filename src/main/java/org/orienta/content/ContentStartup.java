package org.orienta.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.orienta.people.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Imports the content folder (or the bundled pack) at start-up. Invalid content is reported in full
 * and nothing of it is imported: Orienta keeps serving the content it already has.
 */
@Component
@Order(30)
class ContentStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ContentStartup.class);

    private final ContentSettings settings;
    private final ContentService content;

    ContentStartup(ContentSettings settings, ContentService content) {
        this.settings = settings;
        this.content = content;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.importOnStart()) {
            return;
        }
        long started = System.nanoTime();
        var folder = Path.of(settings.location());
        boolean useFolder = Files.isDirectory(folder);
        var scan = useFolder ? ContentSource.scan(folder) : new ContentSource.Scan(ContentSource.bundled(), List.of());
        var files = scan.files();
        var source = useFolder ? folder.toAbsolutePath().normalize().toString() : "the bundled content pack";
        if (!scan.problems().isEmpty()) {
            // What must not be read (a link leading outside the folder, a pipe) makes the whole folder suspect.
            log.error(
                    "Content in {} has {} problems; nothing of it was imported:\n{}",
                    source,
                    scan.problems().size(),
                    scan.problems().stream().map(ContentProblem::describe).collect(Collectors.joining("\n")));
            return;
        }
        var imported = SystemAuthentication.call(() -> content.importFiles(files, false));
        if (imported.report() == null) {
            log.error(
                    "Content in {} has {} problems; nothing of it was imported:\n{}",
                    source,
                    imported.problems().size(),
                    imported.problems().stream().map(ContentProblem::describe).collect(Collectors.joining("\n")));
            return;
        }
        var incomplete = SystemAuthentication.call(
                () -> content.incompleteInRequiredLanguages(ContentReader.read(files, ContentReader.Known.NOTHING)));
        if (!incomplete.isEmpty()) {
            // Not blocked: the server must start with its content; the trainers see it in the content list.
            log.warn(
                    "Content in {} was imported although {} items are not complete in a language the organisation"
                            + " requires:\n{}",
                    source,
                    incomplete.size(),
                    incomplete.stream().map(ContentProblem::describe).collect(Collectors.joining("\n")));
        }
        var report = imported.report();
        log.info(
                "Imported content from {} in {} ms: {} items, {} new versions, {} unchanged{}",
                source,
                (System.nanoTime() - started) / 1_000_000,
                report.items().size(),
                report.newVersions(),
                report.unchanged(),
                report.frameworkChanged() ? "; competency framework updated" : "");
    }
}
