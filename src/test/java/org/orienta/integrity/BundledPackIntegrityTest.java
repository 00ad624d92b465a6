package org.orienta.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.orienta.content.ContentSource;
import org.orienta.scenario.ScenarioNode.Ending;

/**
 * Issue 19's bar for the bundled pack, held by the build: the audit finds no cue, no thin or linear
 * role-play and no citation, and the naive strategies a trainee could use instead of thinking fail.
 */
class BundledPackIntegrityTest {

    private static List<ItemAudit> audits;

    @BeforeAll
    static void auditThePack() {
        audits = IntegrityAudit.audit(ContentSource.scan(Path.of("content")).files());
    }

    @Test
    void the_bundled_pack_has_no_integrity_warning() {
        assertThat(audits).isNotEmpty();
        assertThat(audits.stream().flatMap(a -> a.warnings().stream()).toList()).isEmpty();
    }

    @Test
    void always_the_longest_or_the_first_option_reaches_wow_in_at_most_one_role_play() {
        var rolePlays = audits.stream()
                .map(ItemAudit::strategies)
                .filter(NaiveStrategies.RolePlay.class::isInstance)
                .map(NaiveStrategies.RolePlay.class::cast)
                .toList();
        assertThat(rolePlays).hasSizeGreaterThanOrEqualTo(20);
        assertThat(rolePlays.stream().filter(r -> Ending.WOW.equals(r.longest())))
                .hasSizeLessThanOrEqualTo(1);
        assertThat(rolePlays.stream().filter(r -> Ending.WOW.equals(r.first()))).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void random_clicking_reaches_wow_in_under_five_percent_of_runs_in_every_role_play() {
        audits.stream()
                .filter(a -> a.strategies() instanceof NaiveStrategies.RolePlay)
                .forEach(a -> assertThat(((NaiveStrategies.RolePlay) a.strategies()).randomShare(Ending.WOW))
                        .as(a.id())
                        .isLessThan(0.05));
    }

    @Test
    void always_the_longest_option_scores_under_half_on_every_quiz() {
        audits.stream()
                .filter(a -> a.strategies() instanceof NaiveStrategies.Quiz)
                .forEach(a -> {
                    var quiz = (NaiveStrategies.Quiz) a.strategies();
                    assertThat((double) quiz.longestRight() / quiz.questions())
                            .as(a.id())
                            .isLessThan(0.5);
                });
    }
}
