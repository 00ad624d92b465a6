package org.orienta.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.content.ContentService;
import org.orienta.progress.ProgressFixtures;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A role-play step under load (issue 22): when the connection pool's wait runs out, the trainee keeps
 * the decision on screen with a translated "try again", the step is not recorded, and trying again
 * records it once; never the internal-error page, never a lost or doubled step.
 */
@WithUserDetails(TestUsers.TRAINEE)
class StepPoolTimeoutTest extends ViewTest {

    @Autowired
    AttemptService attempts;

    @Autowired
    ContentService content;

    /** What JpaTransactionManager throws when HikariCP's wait runs out (the benchmark's log). */
    private static CannotCreateTransactionException poolTimeout() {
        return new CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 10000ms"));
    }

    @Test
    void a_step_that_gets_no_connection_in_time_stays_on_screen_and_is_recorded_once_on_try_again() {
        ProgressFixtures.importTestContent(content);
        var id = attempts.start(new ItemRef(ItemKind.SCENARIO, "tiny"), AttemptMode.ASSESSED, null);
        var loaded = mock(AttemptService.class);
        when(loaded.scenario(id)).thenReturn(attempts.scenario(id));
        when(loaded.choose(id, 1, "warm")).thenThrow(poolTimeout()).thenAnswer(call -> attempts.choose(id, 1, "warm"));
        var player = new ScenarioPlayer(loaded, id, () -> {}, CompetencyLabels.codesOnly());
        UI.getCurrent().add(player);

        test(find(Button.class).id("option-warm")).click();

        assertThat(player.problem.isVisible()).isTrue();
        assertThat(player.problem.getElement().getTextRecursively())
                .contains("could not be saved just now, so nothing has changed", "Try again");
        assertThat(find(Button.class).id("option-warm").isEnabled()).isTrue();
        assertThat(attempts.scenario(id).run().choices()).isEmpty();

        test(find(Button.class).id("retry-step")).click();

        assertThat(player.problem.isVisible()).isFalse();
        assertThat(player.getElement().getTextRecursively()).contains("Delighted");
        assertThat(attempts.scenario(id).run().choices()).hasSize(1);
    }
}
