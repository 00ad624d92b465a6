package org.orienta.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.AdditionalAnswers;
import org.orienta.IntegrationTest;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.catalogue.CatalogueService;
import org.orienta.people.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A restart that finds the content folder as the last import left it parses nothing (issue 22, P5); a
 * changed file, a new build, or content changed in Orienta since, are imported as before.
 */
@IntegrationTest
class ContentStartupTest {

    @Autowired
    ContentService realContent;

    @Autowired
    ContentPacks packs;

    @Autowired
    CatalogueService catalogue;

    @TempDir
    Path folder;

    /** The real service, watched: importFiles is where the YAML is parsed and checked. */
    private ContentService content;

    @BeforeEach
    void a_content_folder() throws IOException {
        var base = Path.of("src/test/resources/content-base");
        try (var paths = Files.walk(base)) {
            for (var path : paths.toList()) {
                var target = folder.resolve(base.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        content = mock(ContentService.class, AdditionalAnswers.delegatesTo(realContent));
    }

    private ContentStartup startup(String build) {
        return new ContentStartup(new ContentSettings(folder.toString(), true), content, packs, build);
    }

    @Test
    void a_restart_with_the_same_files_parses_none_of_them() {
        assertThat(startup("1.0@a").start()).isEqualTo(ContentStartup.Outcome.IMPORTED);

        assertThat(startup("1.0@a").start()).isEqualTo(ContentStartup.Outcome.UNCHANGED);
        assertThat(startup("1.0@a").start()).isEqualTo(ContentStartup.Outcome.UNCHANGED);

        verify(content, times(1)).importFiles(any(), org.mockito.ArgumentMatchers.anyBoolean());
    }

    @Test
    void a_changed_file_is_imported_at_the_next_start() throws IOException {
        startup("1.0@a").start();
        var tiny = folder.resolve("scenarios/tiny.yaml");
        Files.writeString(tiny, Files.readString(tiny).replace("debrief: Sam left.", "debrief: Sam left angry."));

        assertThat(startup("1.0@a").start()).isEqualTo(ContentStartup.Outcome.IMPORTED);

        verify(content, times(2)).importFiles(any(), org.mockito.ArgumentMatchers.anyBoolean());
        assertThat(SystemAuthentication.call(() -> catalogue.versions("SCENARIO", "tiny")))
                .hasSize(2);
    }

    @Test
    void a_new_file_or_a_new_build_is_imported_again() throws IOException {
        startup("1.0@a").start();
        Files.copy(folder.resolve("scenarios/tiny.yaml"), folder.resolve("scenarios/tiny-copy.yaml"));
        Files.writeString(
                folder.resolve("scenarios/tiny-copy.yaml"),
                Files.readString(folder.resolve("scenarios/tiny-copy.yaml")).replace("id: tiny", "id: tiny-copy"));

        assertThat(startup("1.0@a").start()).isEqualTo(ContentStartup.Outcome.IMPORTED);
        assertThat(startup("1.1@b").start()).isEqualTo(ContentStartup.Outcome.IMPORTED);
        assertThat(startup("1.1@b").start()).isEqualTo(ContentStartup.Outcome.UNCHANGED);

        verify(content, times(3)).importFiles(any(), org.mockito.ArgumentMatchers.anyBoolean());
    }

    @Test
    void content_changed_in_orienta_since_the_last_import_is_compared_again() {
        startup("1.0@a").start();
        // A trainer archives an item in the workspace: the next start must compare the files again.
        SystemAuthentication.call(() -> {
            catalogue.setArchived("SCENARIO", "tiny", true);
            return null;
        });

        assertThat(startup("1.0@a").start()).isEqualTo(ContentStartup.Outcome.IMPORTED);

        verify(content, times(2)).importFiles(any(), org.mockito.ArgumentMatchers.anyBoolean());
    }

    @Test
    void a_folder_that_does_not_import_is_read_again_at_every_start() throws IOException {
        startup("1.0@a").start();
        Files.writeString(folder.resolve("scenarios/broken.yaml"), "id: broken\nnodes: [");

        assertThat(startup("1.0@a").start()).isEqualTo(ContentStartup.Outcome.REFUSED);
        assertThat(startup("1.0@a").start()).isEqualTo(ContentStartup.Outcome.REFUSED);

        verify(content, times(3)).importFiles(any(), org.mockito.ArgumentMatchers.anyBoolean());
        assertThat(SystemAuthentication.call(() -> realContent.known().items()))
                .contains(new ItemRef(ItemKind.SCENARIO, "tiny"));
    }

    @Test
    void the_bundled_pack_of_the_same_build_is_imported_once() {
        var settings = new ContentSettings(folder.resolve("no-such-folder").toString(), true);

        assertThat(new ContentStartup(settings, content, packs, "1.0@a").start())
                .isEqualTo(ContentStartup.Outcome.IMPORTED);
        assertThat(new ContentStartup(settings, content, packs, "1.0@a").start())
                .isEqualTo(ContentStartup.Outcome.UNCHANGED);
        assertThat(new ContentStartup(settings, content, packs, "1.1@b").start())
                .isEqualTo(ContentStartup.Outcome.IMPORTED);

        verify(content, times(2)).importFiles(any(), org.mockito.ArgumentMatchers.anyBoolean());
    }
}
