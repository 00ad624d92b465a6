package org.orienta.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.curriculum.CurriculumService;
import org.orienta.curriculum.ModuleDefinition;
import org.orienta.scenario.ScenarioService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Not transactional on purpose: the import's own transaction must undo everything when an item fails
 * halfway, and only a test outside any transaction can see that.
 */
@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails(TestUsers.TRAINER)
class ContentImportAtomicityTest {

    @Autowired
    ContentService content;

    @Autowired
    ScenarioService scenarios;

    @MockitoSpyBean
    CurriculumService curriculum;

    @Test
    void a_failure_halfway_through_an_import_leaves_nothing_behind() {
        doThrow(new IllegalStateException("disk full")).when(curriculum).importPublished(any(ModuleDefinition.class));

        assertThatThrownBy(() -> content.importFiles(ContentCorpus.base())).hasMessage("disk full");

        assertThat(scenarios.versionCount("tiny")).as("the scenario imported before the failure").isZero();
        assertThat(scenarios.published("tiny")).isEmpty();
    }
}
