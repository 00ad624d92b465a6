package org.orienta.progress.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.orienta.base.ForTrainees;
import org.orienta.base.ItemRef;
import org.orienta.curriculum.CurriculumService;
import org.orienta.curriculum.ModuleDefinition;
import org.orienta.people.CurrentUser;
import org.orienta.progress.attempt.Attempt;
import org.orienta.progress.attempt.AttemptRepository;
import org.orienta.progress.attempt.ItemCatalogue;
import org.orienta.progress.attempt.ItemInfo;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a trainee sees on My training: their assignments, what to continue, the catalogue, their results. */
@Service
@ForTrainees
public class MyTrainingService {

    private final AttemptRepository attempts;
    private final AssignmentRepository assignments;
    private final CurriculumService curriculum;
    private final ItemCatalogue items;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final AssignmentRuleRepository rules;

    MyTrainingService(
            AttemptRepository attempts,
            AssignmentRepository assignments,
            CurriculumService curriculum,
            ItemCatalogue items,
            CurrentUser currentUser,
            Clock clock,
            AssignmentRuleRepository rules) {
        this.rules = rules;
        this.attempts = attempts;
        this.assignments = assignments;
        this.curriculum = curriculum;
        this.items = items;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MyTraining myTraining() {
        var standing = ModuleStanding.of(attempts.findByTraineeIdOrderByLastActivityAtDesc(me()), items.published());
        var assigned = new ArrayList<ModuleProgress>();
        var mine = attempts.findByTraineeIdOrderByLastActivityAtDesc(me());
        for (var assignment : assignments.findByTraineeId(me())) {
            var rule = assignment.ruleId() == null
                    ? null
                    : rules.findById(assignment.ruleId()).orElse(null);
            // A refresher counts only this cycle's work; everything else sees the trainee's whole history.
            var recurrence = rule == null ? null : rule.recurrenceMonths();
            var counted = recurrence == null
                    ? standing
                    : ModuleStanding.of(
                            mine.stream()
                                    .filter(a -> ModuleStanding.counts(
                                            a.lastActivityAt(), assignment.assignedAt(), recurrence))
                                    .toList(),
                            items.published());
            curriculum
                    .published(assignment.moduleKey())
                    .ifPresent(m -> assigned.add(
                            counted.module(assignment.moduleKey(), m.definition(), assignment.dueDate(), today())));
        }
        assigned.sort(Comparator.comparing((ModuleProgress m) -> m.status() == ModuleStatus.COMPLETED)
                .thenComparing(m -> m.due() == null ? LocalDate.MAX : m.due()));
        var unfinished =
                standing.all().stream().filter(i -> i.unfinished() != null).toList();
        var results = standing.all().stream()
                .filter(i -> i.latest() != null)
                .sorted(Comparator.comparing((ItemProgress i) ->
                                Objects.requireNonNull(i.latest()).at())
                        .reversed())
                .toList();
        return new MyTraining(assigned, unfinished, results);
    }

    /** Every published module, with the trainee's standing in it. */
    @Transactional(readOnly = true)
    public List<ModuleProgress> catalogue() {
        var standing = ModuleStanding.of(attempts.findByTraineeIdOrderByLastActivityAtDesc(me()), items.published());
        var due = dueDates();
        return curriculum.publishedModules().stream()
                .map(m -> standing.module(m.key(), m.definition(), due.get(m.key()), today()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<ModuleProgress> module(String key) {
        var standing = ModuleStanding.of(attempts.findByTraineeIdOrderByLastActivityAtDesc(me()), items.published());
        return curriculum
                .published(key)
                .map(m -> standing.module(key, m.definition(), dueDates().get(key), today()));
    }

    /** A published item's details, e.g. to start another attempt at it. */
    @Transactional(readOnly = true)
    public Optional<ItemInfo> item(ItemRef ref) {
        return items.find(ref);
    }

    private Map<String, LocalDate> dueDates() {
        var due = new HashMap<String, LocalDate>();
        assignments.findByTraineeId(me()).forEach(a -> {
            if (a.dueDate() != null) {
                due.put(a.moduleKey(), a.dueDate());
            }
        });
        return due;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private long me() {
        return currentUser.requireId().value();
    }

    /** Any trainee's standing in a module (the rules are {@link ModuleStanding}'s). */
    static ModuleProgress progress(
            List<Attempt> attempts,
            Map<ItemRef, ItemInfo> catalogue,
            String key,
            ModuleDefinition definition,
            @Nullable LocalDate due,
            LocalDate today) {
        return ModuleStanding.of(attempts, catalogue).module(key, definition, due, today);
    }
}
