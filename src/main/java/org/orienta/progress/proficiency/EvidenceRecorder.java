package org.orienta.progress.proficiency;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.base.ItemKind;
import org.orienta.competency.Evidence;
import org.orienta.people.PersonId;
import org.orienta.progress.attempt.Attempt;
import org.springframework.stereotype.Component;

/**
 * The one place evidence is written: the raw row, and for assessed evidence the trainee's running
 * totals (all time and for the month), in the caller's transaction, so a step and its effect on the
 * competency profile commit together.
 */
@Component
@org.springframework.modulith.NamedInterface("proficiency")
public class EvidenceRecorder {

    /** Behaviour in a conversation and applied exercises weigh fully; a knowledge question half. */
    public static double weight(ItemKind kind) {
        return kind == ItemKind.QUIZ ? 0.5 : 1.0;
    }

    /** A trainer's review of a free-text answer is a considered judgement: it weighs more. */
    public static final double REVIEW_WEIGHT = 1.5;

    private final CompetencyEvidenceRepository evidence;
    private final CompetencyStandingRepository standings;
    private final OriginStandingRepository origins;
    private final ProficiencyModel model;

    EvidenceRecorder(
            CompetencyEvidenceRepository evidence,
            CompetencyStandingRepository standings,
            OriginStandingRepository origins,
            ProficiencySettings settings) {
        this.evidence = evidence;
        this.standings = standings;
        this.origins = origins;
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

    /**
     * Evidence kept outside attempts (an observation, ADR 0039) counts in the person's totals and in
     * those of its source (ADR 0046), in the caller's transaction; the caller keeps the raw piece and
     * offers it again through an {@link EvidenceSource} when the totals are rebuilt.
     */
    public void recordObserved(EvidenceSource.Piece piece) {
        addToTotals(
                piece.person().value(),
                piece.claim().competency().value(),
                piece.weight(),
                piece.claim().level(),
                piece.at());
        addToOrigin(piece, null);
        addToOrigin(piece, monthOf(piece.at()));
    }

    private void addToOrigin(EvidenceSource.Piece piece, @Nullable YearMonth month) {
        var person = piece.person().value();
        var competency = piece.claim().competency().value();
        var standing = origins.findByTraineeIdAndCompetencyAndPeriodAndOrigin(
                        person, competency, period(month), piece.origin())
                .orElseGet(() -> new OriginStanding(person, competency, month, piece.origin()));
        standing.set(model.add(standing.totals(), piece.weight(), piece.claim().level(), piece.at()));
        origins.save(standing);
    }

    /** Takes a piece recorded with {@link #recordObserved} out of the totals again (a voided observation). */
    public void withdrawObserved(EvidenceSource.Piece piece) {
        withdraw(piece, null);
        withdraw(piece, monthOf(piece.at()));
    }

    private void withdraw(EvidenceSource.Piece piece, @Nullable YearMonth month) {
        var person = piece.person().value();
        var competency = piece.claim().competency().value();
        var level = piece.claim().level();
        standings
                .findByTraineeIdAndCompetencyAndPeriod(person, competency, period(month))
                .ifPresent(standing -> {
                    standing.set(model.remove(standing.totals(), piece.weight(), level, piece.at()));
                    standings.save(standing);
                });
        origins.findByTraineeIdAndCompetencyAndPeriodAndOrigin(person, competency, period(month), piece.origin())
                .ifPresent(standing -> {
                    standing.set(model.remove(standing.totals(), piece.weight(), level, piece.at()));
                    origins.save(standing);
                });
    }

    private static String period(@Nullable YearMonth month) {
        return month == null ? CompetencyStanding.ALL : month.toString();
    }

    /** What some pieces alone say about their competency, by the same model (e.g. observations only). */
    public Estimate estimateOf(List<EvidenceSource.Piece> pieces, Instant now) {
        var totals = ProficiencyModel.Totals.NONE;
        for (var piece : pieces) {
            totals = model.add(totals, piece.weight(), piece.claim().level(), piece.at());
        }
        return model.estimate(totals, now);
    }

    /**
     * What a person's training alone says about each competency they have evidence in: their totals with
     * the pieces of every evidence source taken off again. Exact, because the totals are sums of whole
     * numbers (ADR 0009).
     */
    public java.util.Map<String, Estimate> trainingEstimates(
            PersonId person, List<EvidenceSource.Piece> observed, Instant now) {
        var totals = new java.util.TreeMap<String, ProficiencyModel.Totals>();
        standings
                .findByTraineeIdAndPeriod(person.value(), CompetencyStanding.ALL)
                .forEach(s -> totals.put(s.competency(), s.totals()));
        for (var piece : observed) {
            totals.computeIfPresent(
                    piece.claim().competency().value(),
                    (code, t) -> model.remove(t, piece.weight(), piece.claim().level(), piece.at()));
        }
        var estimates = new java.util.TreeMap<String, Estimate>();
        totals.forEach((code, t) -> estimates.put(code, model.estimate(t, now)));
        return estimates;
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
