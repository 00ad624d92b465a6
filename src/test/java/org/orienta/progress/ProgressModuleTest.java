package org.orienta.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.content.ContentService;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * A trainee's step announces itself with {@link StepRecorded}, and the step metrics count it once it
 * has committed. Content comes in through the content module, as in the application.
 */
@ApplicationModuleTest(
        mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"base", "content"})
@Tag("module")
@ActiveProfiles("test")
@WithUserDetails(TestUsers.TRAINEE)
class ProgressModuleTest {

    @Autowired
    AttemptService attempts;

    @Autowired
    ContentService content;

    @Autowired
    MeterRegistry registry;

    @BeforeEach
    void the_test_content_is_published() {
        ProgressFixtures.importTestContent(content);
    }

    @Test
    void an_assessed_choice_is_published_as_a_recorded_step_and_counted_after_its_commit(Scenario scenario) {
        var started = attempts.start(new ItemRef(ItemKind.SCENARIO, "tiny"), AttemptMode.ASSESSED, null);
        var stepsBefore = counted("orienta.steps.recorded");
        var evidenceBefore = counted("orienta.evidence.recorded");

        scenario.stimulate(() ->
                        attempts.choose(started, attempts.scenario(started).nextStep(), "warm"))
                .andWaitForEventOfType(StepRecorded.class)
                .matching(step -> step.attempt().equals(started))
                .toArriveAndVerify(step -> {
                    assertThat(step.assessed()).isTrue();
                    assertThat(counted("orienta.steps.recorded")).isEqualTo(stepsBefore + 1);
                    assertThat(counted("orienta.evidence.recorded"))
                            .isEqualTo(evidenceBefore + step.evidence().size());
                });
    }

    private double counted(String name) {
        var counter = registry.find(name).tag("mode", "assessed").counter();
        return counter == null ? 0 : counter.count();
    }
}
