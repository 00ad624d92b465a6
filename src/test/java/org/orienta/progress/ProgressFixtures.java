package org.orienta.progress;

import java.util.List;
import org.orienta.content.ContentFile;
import org.orienta.content.ContentService;
import org.orienta.content.ContentSource;
import org.orienta.people.SystemAuthentication;

/** Imports the small test content folder (a scenario "tiny" and a module "basics") into the test database. */
public final class ProgressFixtures {

    private ProgressFixtures() {}

    public static void importTestContent(ContentService content) {
        List<ContentFile> files = ContentSource.folder(java.nio.file.Path.of("src/test/resources/content-base"));
        var imported = SystemAuthentication.call(() -> content.importFiles(files));
        if (!imported.imported()) {
            throw new IllegalStateException("test content does not import: " + imported.problems());
        }
    }
}
