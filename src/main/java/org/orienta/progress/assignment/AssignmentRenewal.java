package org.orienta.progress.assignment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.orienta.curriculum.CurriculumService;
import org.orienta.progress.attempt.Attempt;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptRepository;
import org.orienta.progress.attempt.AttemptStatus;
import org.orienta.progress.attempt.ItemCatalogue;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refreshers: once a day, a recurring assignment that its trainee completed comes due again
 * {@code recurrenceMonths} after the completion, and is shown again (not started) 30 days before
 * that date. Running twice, or on several nodes at once, changes nothing the second time.
 */
@Component
class AssignmentRenewal {

    /** How long before the next due date a refresher reappears on My training. */
    static final int LEAD_DAYS = 30;

    private final AssignmentRuleRepository rules;
    private final AssignmentRepository assignments;
    private final AttemptRepository attempts;
    private final ItemCatalogue items;
    private final CurriculumService curriculum;
    private final Clock clock;

    AssignmentRenewal(
            AssignmentRuleRepository rules,
            AssignmentRepository assignments,
            AttemptRepository attempts,
            ItemCatalogue items,
            CurriculumService curriculum,
            Clock clock) {
        this.rules = rules;
        this.assignments = assignments;
        this.attempts = attempts;
        this.items = items;
        this.curriculum = curriculum;
        this.clock = clock;
    }

    @Scheduled(cron = "${orienta.assignments.renewal-cron:0 15 3 * * *}")
    @SchedulerLock(name = "assignment-renewal", lockAtLeastFor = "PT5M")
    void daily() {
        renew(LocalDate.now(clock));
    }

    /** Renews what is due for renewal on this day; returns how many assignments came due again. */
    @Transactional
    int renew(LocalDate today) {
        int renewed = 0;
        var catalogue = items.published();
        var zone = ZoneId.systemDefault();
        for (AssignmentRule rule : rules.findByRecurrenceMonthsNotNull()) {
            var module = curriculum.published(rule.moduleKey()).orElse(null);
            if (module == null) {
                continue;
            }
            var moduleItems = module.definition().items();
            for (Assignment assignment : assignments.findByRuleId(rule.id())) {
                var cycle = AssignmentService.cycle(
                        attempts.findByTraineeIdOrderByLastActivityAtDesc(assignment.traineeId()), assignment, rule);
                var progress = MyTrainingService.progress(
                        cycle, catalogue, rule.moduleKey(), module.definition(), assignment.dueDate(), today);
                if (progress.status() != ModuleStatus.COMPLETED) {
                    continue;
                }
                var completed = cycle.stream()
                        .filter(a -> a.status() == AttemptStatus.COMPLETED
                                && a.mode() == AttemptMode.ASSESSED
                                && moduleItems.contains(a.item()))
                        .map(Attempt::completedAt)
                        .max(Instant::compareTo)
                        .orElse(null);
                if (completed == null) {
                    continue;
                }
                var nextDue = completed
                        .atZone(zone)
                        .toLocalDate()
                        .plusMonths(Objects.requireNonNull(rule.recurrenceMonths(), "found by its recurrence"));
                if (!today.isBefore(nextDue.minusDays(LEAD_DAYS))) {
                    assignment.reassign(nextDue, rule.id(), "renewal", clock.instant());
                    renewed++;
                }
            }
        }
        return renewed;
    }
}
