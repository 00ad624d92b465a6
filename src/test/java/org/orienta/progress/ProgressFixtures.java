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
        importFiles(content, ContentSource.folder(java.nio.file.Path.of("src/test/resources/content-base")));
    }

    /**
     * The test content plus two reflection exercises: "sx-reflection", which a trainer reviews, and
     * "sx-diary", which its author keeps private (review: false). Kept out of content-base so that the
     * counts other tests hold that folder to stay as they are.
     */
    public static void importTestContentWithReflections(ContentService content) {
        var files = new java.util.ArrayList<>(
                ContentSource.folder(java.nio.file.Path.of("src/test/resources/content-base")));
        files.addAll(ContentSource.folder(java.nio.file.Path.of("src/test/resources/content-reflection")));
        importFiles(content, files);
    }

    /** The test content plus "kettle-talk", a role-play answered in the trainee's own words. */
    public static void importTestContentWithOwnWords(ContentService content) {
        var files = new java.util.ArrayList<>(
                ContentSource.folder(java.nio.file.Path.of("src/test/resources/content-base")));
        files.addAll(ContentSource.folder(java.nio.file.Path.of("src/test/resources/content-own-words")));
        importFiles(content, files);
    }

    /** The test content plus "quiz-moodle": option weights, short answers with credit, a distractor. */
    public static void importTestContentWithMoodleQuiz(ContentService content) {
        var files = new java.util.ArrayList<>(
                ContentSource.folder(java.nio.file.Path.of("src/test/resources/content-base")));
        files.addAll(ContentSource.folder(java.nio.file.Path.of("src/test/resources/content-moodle")));
        importFiles(content, files);
    }

    private static void importFiles(ContentService content, List<ContentFile> files) {
        var imported = SystemAuthentication.call(() -> content.importFiles(files));
        if (!imported.imported()) {
            throw new IllegalStateException("test content does not import: " + imported.problems());
        }
    }
}
