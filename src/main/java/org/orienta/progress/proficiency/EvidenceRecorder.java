package org.orienta.progress.proficiency;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.orienta.base.ItemKind;
import org.orienta.competency.Evidence;
import org.orienta.progress.attempt.Attempt;
import org.springframework.stereotype.Component;

/**
 * The one place evidence is written: the raw row, and for assessed evidence the trainee's running
 * totals (all time and for the month), in the caller's transaction, so a step and its effect on the
 * competency profile commit together.
 */
@Component
public class EvidenceRecorder {

    /** Behaviour in a conversation and applied exercises weigh fully; a knowledge question half. */
    public static double weight(ItemKind kind) {
        return kind == ItemKind.QUIZ ? 0.5 : 1.0;
    }

    /** A trainer's review of a free-text answer is a considered judgement: it weighs more. */
    public static final double REVIEW_WEIGHT = 1.5;

    private final CompetencyEvidenceRepository evidence;
    private final CompetencyStandingRepository standings;
    private final ProficiencyModel model;

    EvidenceRecorder(
            CompetencyEvidenceRepository evidence,
            CompetencyStandingRepository standings,
            ProficiencySettings settings) {
        this.evidence = evidence;
        this.standings = standings;
        this.model = new ProficiencyModel(settings);
    }

    public ProficiencyModel model() {
        return model;
    }

    public void record(Attempt attempt, Evidence claim, double weight, String ref, long stepId, Instant now) {
        var row = evidence.save(new CompetencyEvidence(
                attempt.traineeId(), claim.competency().value(), claim.level(), weight, attempt, ref, stepId, now));
        if (row.assessed()) {
            addToTotals(attempt.traineeId(), claim.competency().value(), weight, claim.level(), now);
        }
    }

    void addToTotals(long traineeId, String competency, double weight, int level, Instant at) {
        var overall = standings
                .findByTraineeIdAndCompetencyAndPeriod(traineeId, competency, CompetencyStanding.ALL)
                .orElseGet(() -> new CompetencyStanding(traineeId, competency, null));
        overall.set(model.add(overall.totals(), weight, level, at));
        standings.save(overall);
        var month = monthOf(at);
        var monthly = standings
                .findByTraineeIdAndCompetencyAndPeriod(traineeId, competency, month.toString())
                .orElseGet(() -> new CompetencyStanding(traineeId, competency, month));
        monthly.set(model.add(monthly.totals(), weight, level, at));
        standings.save(monthly);
    }

    public static YearMonth monthOf(Instant at) {
        return YearMonth.from(at.atOffset(ZoneOffset.UTC));
    }
}
