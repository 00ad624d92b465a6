package org.orienta.progress.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.orienta.base.ItemRef;
import org.orienta.curriculum.ModuleDefinition;
import org.orienta.progress.attempt.Attempt;
import org.orienta.progress.attempt.AttemptId;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptStatus;
import org.orienta.progress.attempt.ItemInfo;
import org.orienta.progress.attempt.ResultSummary;

/**
 * The rules of a trainee's standing, without a database: a trainee's runs grouped by item, turned into
 * each item's status and best and latest result, and a module's status from its items (My training,
 * a trainer's view of an assignment, the renewal of refreshers and reports all use these).
 */
final class ModuleStanding {

    /** What the rules need to know of one attempt. */
    record Run(
            AttemptId id,
            ItemRef item,
            AttemptMode mode,
            AttemptStatus status,
            @Nullable Double score,
            @Nullable Boolean passed,
            @Nullable String outcome,
            @Nullable Instant completedAt,
            Instant lastActivityAt) {

        static Run of(Attempt attempt) {
            return new Run(
                    attempt.id(),
                    attempt.item(),
                    attempt.mode(),
                    attempt.status(),
                    attempt.score(),
                    attempt.passed(),
                    attempt.outcome(),
                    attempt.completedAt(),
                    attempt.lastActivityAt());
        }
    }

    private final Map<ItemRef, List<Run>> byItem = new HashMap<>();
    private final Map<ItemRef, ItemInfo> catalogue;

    /** The runs of one trainee; only items in {@code catalogue} (published) count. */
    ModuleStanding(List<Run> runs, Map<ItemRef, ItemInfo> catalogue) {
        this.catalogue = catalogue;
        runs.forEach(
                r -> byItem.computeIfAbsent(r.item(), k -> new ArrayList<>()).add(r));
    }

    static ModuleStanding of(List<Attempt> attempts, Map<ItemRef, ItemInfo> catalogue) {
        return new ModuleStanding(attempts.stream().map(Run::of).toList(), catalogue);
    }

    /**
     * For a refresher (an assignment that recurs), only what was done in the current cycle counts: since
     * the module was last assigned again. Anything else counts the trainee's whole history.
     */
    static boolean counts(Instant lastActivityAt, Instant assignedAt, @Nullable Integer recurrenceMonths) {
        return recurrenceMonths == null || !lastActivityAt.isBefore(assignedAt);
    }

    /** Every published item the trainee has tried. */
    List<ItemProgress> all() {
        return byItem.keySet().stream()
                .filter(catalogue::containsKey)
                .map(this::item)
                .toList();
    }

    /**
     * A module's standing. Completed when every published item is completed (an assessed run finished),
     * overdue when not completed by the due date, in progress once anything was started.
     */
    ModuleProgress module(String key, ModuleDefinition definition, @Nullable LocalDate due, LocalDate today) {
        var progress = definition.items().stream()
                .filter(catalogue::containsKey)
                .map(this::item)
                .toList();
        var status = ModuleStatus.of(
                progress.size(),
                (int) progress.stream()
                        .filter(i -> i.status() == ItemStatus.COMPLETED)
                        .count(),
                progress.stream().anyMatch(i -> i.status() != ItemStatus.NOT_STARTED),
                due,
                today);
        return new ModuleProgress(key, definition, progress, due, status);
    }

    /**
     * An item's standing: completed by a finished assessed run, awaiting review while an assessed
     * submission waits for a trainer, in progress once anything was tried (practice included).
     */
    ItemProgress item(ItemRef ref) {
        var runs = byItem.getOrDefault(ref, List.of());
        var info = catalogue.get(ref);
        if (info == null) {
            throw new IllegalArgumentException(ref + " is not published");
        }
        AttemptId unfinished = runs.stream()
                .filter(r -> r.status() == AttemptStatus.IN_PROGRESS)
                .map(Run::id)
                .findFirst()
                .orElse(null);
        var finished =
                runs.stream().filter(r -> r.status() == AttemptStatus.COMPLETED).toList();
        var best = finished.stream()
                .max(Comparator.comparing(ModuleStanding::rank))
                .map(ModuleStanding::summary)
                .orElse(null);
        var latest = finished.stream()
                .max(Comparator.comparing(Run::completedAt))
                .map(ModuleStanding::summary)
                .orElse(null);
        ItemStatus status;
        if (runs.stream().anyMatch(r -> r.mode() == AttemptMode.ASSESSED && r.status() == AttemptStatus.COMPLETED)) {
            status = ItemStatus.COMPLETED;
        } else if (runs.stream()
                .anyMatch(r -> r.mode() == AttemptMode.ASSESSED && r.status() == AttemptStatus.AWAITING_REVIEW)) {
            status = ItemStatus.AWAITING_REVIEW;
        } else if (!runs.isEmpty()) {
            status = ItemStatus.IN_PROGRESS;
        } else {
            status = ItemStatus.NOT_STARTED;
        }
        return new ItemProgress(info, status, unfinished, best, latest, runs.size());
    }

    /** Passing beats failing, a better ending beats a worse one, then the higher score wins. */
    static double rank(Run run) {
        double rank = run.score() == null ? 0 : run.score();
        if (Boolean.TRUE.equals(run.passed())) {
            rank += 10;
        }
        if (run.outcome() != null) {
            rank += switch (run.outcome()) {
                case "wow" -> 30;
                case "standard" -> 20;
                case "low" -> 0;
                default -> 10;
            };
        }
        return rank;
    }

    private static ResultSummary summary(Run run) {
        // Only finished runs are summarised.
        var at = Objects.requireNonNull(run.completedAt(), "a finished run has its time");
        return new ResultSummary(run.id(), run.mode(), run.score(), run.passed(), run.outcome(), at);
    }
}
