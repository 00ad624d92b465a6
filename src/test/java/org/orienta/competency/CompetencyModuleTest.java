package org.orienta.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.content.ContentReader;
import org.orienta.content.ContentSource;
import org.orienta.content.ContentTypes;
import org.orienta.people.JobRoleRemoved;
import org.orienta.people.OrganisationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** Competency listens to people: a removed job role's targets go with it, in the same transaction. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "base")
@Tag("module")
@ActiveProfiles("test")
@WithUserDetails(TestUsers.ADMIN)
class CompetencyModuleTest {

    @Autowired
    CompetencyService competency;

    @Autowired
    OrganisationService organisation;

    @Test
    void the_targets_of_a_removed_job_role_go_with_it(Scenario scenario) {
        var framework = ContentReader.read(
                        ContentTypes.builtIn(),
                        ContentSource.folder(Path.of("src/test/resources/content-base")),
                        ContentReader.Known.NOTHING)
                .content()
                .framework();
        competency.importFramework(framework);
        var code = framework.competencies().getFirst().code();
        var role = organisation.createJobRole("Porter " + UUID.randomUUID());
        competency.setTarget(role, code, 2);
        assertThat(competency.hasTargets(role)).isTrue();

        scenario.stimulate(() -> organisation.deleteJobRole(role))
                .andWaitForEventOfType(JobRoleRemoved.class)
                .matching(removed -> removed.jobRole().equals(role))
                .toArriveAndVerify(removed -> assertThat(competency.hasTargets(role))
                        .as("targets of the removed role")
                        .isFalse());
    }
}
