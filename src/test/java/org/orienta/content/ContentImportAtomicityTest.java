package org.orienta.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.base.LocalizedText;
import org.orienta.curriculum.ModuleDefinition;
import org.orienta.scenario.ScenarioService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not transactional on purpose: the import's own transaction must undo everything when an item fails
 * halfway, and only a test outside any transaction can see that. The failure is real: a module too large
 * for its column, which the database refuses after the scenario before it was already written.
 */
@SpringBootTest
@Tag("database")
@ActiveProfiles("test")
@WithUserDetails(TestUsers.TRAINER)
class ContentImportAtomicityTest {

    @Autowired
    ContentService content;

    @Autowired
    ScenarioService scenarios;

    @Test
    void a_failure_halfway_through_an_import_leaves_nothing_behind() {
        var read = ContentReader.read(ContentTypes.builtIn(), ContentCorpus.base(), ContentReader.Known.NOTHING)
                .content();
        var oversized = new ModuleDefinition(
                "too-big",
                LocalizedText.english("Too big"),
                LocalizedText.english("x".repeat(1_100_000)),
                List.of(),
                List.of(),
                List.of());
        var byKind = new java.util.LinkedHashMap<>(read.byKind());
        byKind.put("MODULE", List.of(oversized));
        var halfBroken = new ContentSet(read.framework(), byKind);

        assertThatThrownBy(() -> content.importContent(halfBroken)).isNotNull();

        assertThat(scenarios.versionCount("tiny"))
                .as("the scenario imported before the failure")
                .isZero();
    }
}
