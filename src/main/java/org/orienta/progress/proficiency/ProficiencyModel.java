package org.orienta.progress.proficiency;

import java.time.Duration;
import java.time.Instant;

/**
 * The proficiency model: a competency's level is the weighted mean of the levels its assessed evidence
 * showed, each piece weighted by its kind and halved every half-life, rounded to the nearest level, and
 * shown only when enough recent evidence stands behind it.
 *
 * <p>Decay is kept exact and incremental by storing each piece's weight scaled to a fixed epoch,
 * {@code w · 2^(t/h)}, as whole micro-units: sums of whole numbers do not depend on the order they were
 * added in, so the running totals equal a rebuild from the raw evidence to the last digit, and reading
 * a level needs only one multiplication by {@code 2^(-now/h)}.
 */
public final class ProficiencyModel {

    static final Instant EPOCH = Instant.parse("2020-01-01T00:00:00Z");
    /**
     * Thousandths of a piece of evidence at the epoch. Weights grow by 2^(days/half-life) with time, so
     * a long must still hold the sums decades on (2^(20 years / 180 days) is about 2^40); the exact
     * arithmetic below fails loudly rather than wrap around.
     */
    static final double UNITS = 1_000;
    /** Evidence worth this many decayed pieces gives half confidence. */
    static final double CONFIDENCE_HALF = 3.0;

    private final ProficiencySettings settings;

    ProficiencyModel(ProficiencySettings settings) {
        this.settings = settings;
    }

    /** A piece of evidence's weight in epoch-scaled micro-units. */
    long units(double weight, Instant recordedAt) {
        return Math.round(weight * Math.pow(2, days(recordedAt) / settings.halfLifeDays()) * UNITS);
    }

    /** The running totals with one more piece of evidence. */
    public Totals add(Totals totals, double weight, int level, Instant recordedAt) {
        long units = units(weight, recordedAt);
        return new Totals(
                Math.addExact(totals.weightUnits(), units),
                Math.addExact(totals.levelUnits(), Math.multiplyExact(units, level)),
                Math.addExact(totals.squareUnits(), Math.multiplyExact(units, (long) level * level)),
                totals.count() + 1,
                totals.last() == null || recordedAt.isAfter(totals.last()) ? recordedAt : totals.last());
    }

    /**
     * The running totals without a piece of evidence added before (a voided observation): the same whole
     * numbers come off, so the result equals never having added it; only the latest date stays.
     */
    public Totals remove(Totals totals, double weight, int level, Instant recordedAt) {
        long units = units(weight, recordedAt);
        return new Totals(
                Math.subtractExact(totals.weightUnits(), units),
                Math.subtractExact(totals.levelUnits(), Math.multiplyExact(units, level)),
                Math.subtractExact(totals.squareUnits(), Math.multiplyExact(units, (long) level * level)),
                Math.max(0, totals.count() - 1),
                totals.last());
    }

    Estimate estimate(Totals totals, Instant now) {
        if (totals.count() == 0 || totals.weightUnits() == 0) {
            return new Estimate(null, 0, 0, 0, 0, null);
        }
        double mean = (double) totals.levelUnits() / totals.weightUnits();
        double variance = Math.max(0, (double) totals.squareUnits() / totals.weightUnits() - mean * mean);
        double effective = totals.weightUnits() / UNITS * Math.pow(2, -days(now) / settings.halfLifeDays());
        // A hair of tolerance: the scaled whole-number weights round to a thousandth.
        Integer level = effective >= settings.minimumEvidence() - 1e-6 ? round(mean) : null;
        // More evidence raises confidence; evidence that disagrees with itself lowers it.
        double confidence = effective / (effective + CONFIDENCE_HALF) * (1 - Math.min(1, variance / 2.25));
        return new Estimate(level, mean, effective, confidence, totals.count(), totals.last());
    }

    /** The level rule at one moment: the minimum evidence expressed in epoch-scaled units. */
    LevelRule levelRule(Instant at) {
        // The same tolerance as estimate(): scaled weights round to a thousandth.
        return new LevelRule(
                (settings.minimumEvidence() - 1e-6) * UNITS * Math.pow(2, days(at) / settings.halfLifeDays()));
    }

    /** Halves round up: a mean of 2.5 is shown as level 3. */
    static int round(double mean) {
        return (int) Math.max(1, Math.min(4, Math.floor(mean + 0.5)));
    }

    private static double days(Instant at) {
        return Duration.between(EPOCH, at).toSeconds() / 86_400.0;
    }

    /** Running totals for one trainee and competency. */
    public record Totals(
            long weightUnits,
            long levelUnits,
            long squareUnits,
            int count,
            java.time.@org.jspecify.annotations.Nullable Instant last) {

        public static final Totals NONE = new Totals(0, 0, 0, 0, null);

        /** Both totals together (e.g. two sources' evidence): sums of whole numbers, exact. */
        public Totals plus(Totals other) {
            var otherLast = other.last();
            return new Totals(
                    Math.addExact(weightUnits, other.weightUnits()),
                    Math.addExact(levelUnits, other.levelUnits()),
                    Math.addExact(squareUnits, other.squareUnits()),
                    count + other.count(),
                    last == null || (otherLast != null && otherLast.isAfter(last)) ? otherLast : last);
        }

        /**
         * These totals without a part of them (e.g. all evidence without the observed: the training's).
         * Exact; the latest date stays these totals' own, which may be the part's.
         */
        public Totals minus(Totals part) {
            return new Totals(
                    Math.subtractExact(weightUnits, part.weightUnits()),
                    Math.subtractExact(levelUnits, part.levelUnits()),
                    Math.subtractExact(squareUnits, part.squareUnits()),
                    Math.max(0, count - part.count()),
                    last);
        }
    }
}
