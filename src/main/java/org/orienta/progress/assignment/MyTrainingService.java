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

    /**
     * Everything My training shows, in one read whose number of queries does not grow with the trainee's
     * assignments or attempts (issue 22: the page was among the slowest under load): the attempts, the
     * published items and modules, the assignments and their rules are each read once.
     */
    @Transactional(readOnly = true)
    public MyTraining myTraining() {
        var mine = attempts.findByTraineeIdOrderByLastActivityAtDesc(me());
        var published = items.published();
        var standing = ModuleStanding.of(mine, published);
        var modules = new java.util.LinkedHashMap<String, org.orienta.curriculum.ModuleSummary>();
        curriculum.publishedModules().forEach(m -> modules.put(m.key(), m));
        var myAssignments = assignments.findByTraineeId(me());
        var ruleIds = myAssignments.stream()
                .map(Assignment::ruleId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        var recurrences = new HashMap<Long, Integer>();
        if (!ruleIds.isEmpty()) {
            rules.findAllById(ruleIds).forEach(rule -> {
                if (rule.recurrenceMonths() != null) {
                    recurrences.put(rule.id(), rule.recurrenceMonths());
                }
            });
        }
        var assigned = new ArrayList<ModuleProgress>();
        var due = new HashMap<String, LocalDate>();
        for (var assignment : myAssignments) {
            if (assignment.dueDate() != null) {
                due.put(assignment.moduleKey(), assignment.dueDate());
            }
            var module = modules.get(assignment.moduleKey());
            if (module == null) {
                continue;
            }
            // A refresher counts only this cycle's work; everything else sees the trainee's whole history.
            var recurrence = assignment.ruleId() == null ? null : recurrences.get(assignment.ruleId());
            var counted = recurrence == null
                    ? standing
                    : ModuleStanding.of(
                            mine.stream()
                                    .filter(a -> ModuleStanding.counts(
                                            a.lastActivityAt(), assignment.assignedAt(), recurrence))
                                    .toList(),
                            published);
            assigned.add(counted.module(assignment.moduleKey(), module.definition(), assignment.dueDate(), today()));
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
        var catalogue = modules.values().stream()
                .map(m -> standing.module(m.key(), m.definition(), due.get(m.key()), today()))
                .toList();
        return new MyTraining(assigned, unfinished, results, catalogue);
    }

    /** Every published module, with the trainee's standing in it. */
    @Transactional(readOnly = true)
    public List<ModuleProgress> catalogue() {
        return myTraining().catalogue();
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
