package org.orienta.progress.privacy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashSet;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.orienta.audit.AuditAction;
import org.orienta.audit.AuditOutcome;
import org.orienta.audit.AuditService;
import org.orienta.audit.AuditText;
import org.orienta.progress.attempt.AttemptRepository;
import org.orienta.progress.attempt.AttemptReviewRepository;
import org.orienta.progress.attempt.AttemptStepRepository;
import org.orienta.progress.proficiency.CompetencyEvidenceRepository;
import org.orienta.progress.proficiency.ProficiencyService;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data retention: attempts with no activity for longer than the retention period are deleted with their
 * answers, evidence and reviews, and the owners' competency totals are recomputed from what remains.
 * Off by default ({@code ORIENTA_RETENTION_ATTEMPT_MONTHS=0}); runs daily.
 */
@Component
class RetentionPurge {

    private final int months;
    private final AttemptRepository attempts;
    private final AttemptStepRepository steps;
    private final CompetencyEvidenceRepository evidence;
    private final AttemptReviewRepository reviews;
    private final org.orienta.progress.attempt.UnclearReplyRepository unclear;
    private final org.orienta.progress.attempt.ReviewSuggestionRepository suggestions;
    private final ProficiencyService proficiency;
    private final AuditService audit;
    private final Clock clock;

    RetentionPurge(
            RetentionSettings settings,
            AttemptRepository attempts,
            AttemptStepRepository steps,
            CompetencyEvidenceRepository evidence,
            AttemptReviewRepository reviews,
            org.orienta.progress.attempt.UnclearReplyRepository unclear,
            ProficiencyService proficiency,
            AuditService audit,
            Clock clock,
            org.orienta.progress.attempt.ReviewSuggestionRepository suggestions) {
        this.suggestions = suggestions;
        this.unclear = unclear;
        this.months = settings.attemptMonths();
        this.attempts = attempts;
        this.steps = steps;
        this.evidence = evidence;
        this.reviews = reviews;
        this.proficiency = proficiency;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(cron = "${orienta.retention.cron:" + RetentionSettings.DEFAULT_CRON + "}")
    @SchedulerLock(name = "retention-purge", lockAtLeastFor = "PT5M")
    void daily() {
        purge();
    }

    /** Deletes what is past the retention period; returns how many attempts went. */
    @Transactional
    int purge() {
        if (months == 0) {
            return 0;
        }
        var cutoff =
                clock.instant().atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
        var trainees = new HashSet<Long>();
        int deleted = 0;
        while (true) {
            var batch = attempts.findTop1000ByLastActivityAtBeforeOrderById(cutoff);
            if (batch.isEmpty()) {
                break;
            }
            var ids = batch.stream().map(a -> a.id().value()).toList();
            batch.forEach(a -> trainees.add(a.traineeId()));
            evidence.deleteForAttempts(ids);
            reviews.deleteForAttempts(ids);
            suggestions.deleteForAttempts(ids);
            unclear.deleteForAttempts(ids);
            steps.deleteForAttempts(ids);
            deleted += attempts.deleteForAttempts(ids);
        }
        trainees.forEach(proficiency::rebuildFor);
        if (deleted > 0) {
            audit.recordAs(
                    "system",
                    AuditAction.RETENTION_PURGE,
                    AuditText.of("audit.text.attempts"),
                    AuditOutcome.SUCCESS,
                    AuditText.of("audit.text.purged", deleted, months, trainees.size()),
                    null);
        }
        return deleted;
    }
}
