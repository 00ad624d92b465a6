package org.orienta.progress.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.base.LocalizedText;
import org.orienta.curriculum.ModuleDefinition;
import org.orienta.progress.attempt.AttemptId;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptStatus;
import org.orienta.progress.attempt.ItemInfo;

class ModuleStandingTest {

    private static final ItemRef PLAY = new ItemRef(ItemKind.SCENARIO, "rp-01");
    private static final ItemRef QUIZ = new ItemRef(ItemKind.QUIZ, "qz-01");
    private static final ItemRef ARCHIVED = new ItemRef(ItemKind.EXERCISE, "ex-gone");
    private static final ModuleDefinition MODULE = new ModuleDefinition(
            "m-01", LocalizedText.english("Module"), null, List.of(), List.of(), List.of(PLAY, QUIZ, ARCHIVED));
    private static final Map<ItemRef, ItemInfo> PUBLISHED = Map.of(PLAY, info(PLAY), QUIZ, info(QUIZ));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private long ids;

    @Test
    void a_module_is_completed_when_every_published_item_has_a_finished_assessed_run() {
        var standing = standing(
                run(PLAY, AttemptMode.ASSESSED, AttemptStatus.COMPLETED, 0.8, null, "wow"),
                run(QUIZ, AttemptMode.ASSESSED, AttemptStatus.COMPLETED, 0.9, true, null));

        var module = standing.module("m-01", MODULE, TODAY.minusDays(3), TODAY);

        assertThat(module.status()).isEqualTo(ModuleStatus.COMPLETED);
        assertThat(module.items()).hasSize(2);
    }

    @Test
    void practice_starts_a_module_but_never_completes_an_item() {
        var standing = standing(run(PLAY, AttemptMode.PRACTICE, AttemptStatus.COMPLETED, 1.0, null, "wow"));

        var module = standing.module("m-01", MODULE, null, TODAY);

        assertThat(module.status()).isEqualTo(ModuleStatus.IN_PROGRESS);
        assertThat(standing.item(PLAY).status()).isEqualTo(ItemStatus.IN_PROGRESS);
    }

    @Test
    void a_module_not_completed_by_its_due_date_is_overdue_and_one_not_touched_is_not_started() {
        var standing = standing(run(PLAY, AttemptMode.ASSESSED, AttemptStatus.COMPLETED, 0.8, null, "standard"));

        assertThat(standing.module("m-01", MODULE, TODAY.minusDays(1), TODAY).status())
                .isEqualTo(ModuleStatus.OVERDUE);
        assertThat(standing().module("m-01", MODULE, TODAY.plusDays(1), TODAY).status())
                .isEqualTo(ModuleStatus.NOT_STARTED);
    }

    @Test
    void an_assessed_submission_waiting_for_a_trainer_awaits_review() {
        var standing = standing(run(QUIZ, AttemptMode.ASSESSED, AttemptStatus.AWAITING_REVIEW, null, null, null));

        assertThat(standing.item(QUIZ).status()).isEqualTo(ItemStatus.AWAITING_REVIEW);
    }

    @Test
    void the_best_result_prefers_a_better_ending_to_a_higher_score_and_the_unfinished_run_is_offered() {
        var low = run(PLAY, AttemptMode.ASSESSED, AttemptStatus.COMPLETED, 0.95, null, "low");
        var wow = run(PLAY, AttemptMode.ASSESSED, AttemptStatus.COMPLETED, 0.6, null, "wow");
        var open = run(PLAY, AttemptMode.PRACTICE, AttemptStatus.IN_PROGRESS, null, null, null);

        var item = standing(low, wow, open).item(PLAY);

        assertThat(item.best().attempt()).isEqualTo(wow.id());
        assertThat(item.unfinished()).isEqualTo(open.id());
        assertThat(item.attempts()).isEqualTo(3);
    }

    @Test
    void items_no_longer_published_do_not_count() {
        var standing = standing(run(ARCHIVED, AttemptMode.ASSESSED, AttemptStatus.COMPLETED, 1.0, null, null));

        assertThat(standing.all()).isEmpty();
        assertThat(standing.module("m-01", MODULE, null, TODAY).items())
                .extracting(i -> i.item().ref())
                .containsExactly(PLAY, QUIZ);
    }

    @Test
    void a_refresher_counts_only_work_since_it_was_assigned_again() {
        var assignedAt = NOW.minusSeconds(3600);

        assertThat(ModuleStanding.counts(NOW.minusSeconds(7200), assignedAt, 12))
                .isFalse();
        assertThat(ModuleStanding.counts(NOW, assignedAt, 12)).isTrue();
        assertThat(ModuleStanding.counts(NOW.minusSeconds(7200), assignedAt, null))
                .isTrue();
    }

    private ModuleStanding standing(ModuleStanding.Run... runs) {
        return new ModuleStanding(List.of(runs), PUBLISHED);
    }

    private ModuleStanding.Run run(
            ItemRef item,
            AttemptMode mode,
            AttemptStatus status,
            @Nullable Double score,
            @Nullable Boolean passed,
            @Nullable String outcome) {
        ids++;
        var completed = status == AttemptStatus.COMPLETED ? NOW.minusSeconds(600 - ids) : null;
        return new ModuleStanding.Run(new AttemptId(ids), item, mode, status, score, passed, outcome, completed, NOW);
    }

    private static ItemInfo info(ItemRef ref) {
        return new ItemInfo(ref, 1, LocalizedText.english(ref.key()), LocalizedText.english(""), 10, Set.of());
    }
}
