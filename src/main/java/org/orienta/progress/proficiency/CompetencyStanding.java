package org.orienta.progress.proficiency;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * Running totals of one trainee's assessed evidence for one competency: overall (month null) or for one
 * calendar month (for trends). Kept up to date in the transaction of every step, so profiles and reports
 * read a handful of rows instead of all the evidence.
 */
@Entity
@Table(name = "competency_standing")
class CompetencyStanding {

    static final String ALL = "all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long traineeId;

    private String competency;

    /** "all", or the month these totals cover as "2026-11". */
    private String period;

    private long weightUnits;

    private long levelUnits;

    private long squareUnits;

    private int evidenceCount;

    private @Nullable Instant lastEvidenceAt;

    protected CompetencyStanding() {
        // To keep Hibernate happy
        this.competency = "";
        this.period = ALL;
    }

    CompetencyStanding(long traineeId, String competency, @Nullable YearMonth month) {
        this.traineeId = traineeId;
        this.competency = competency;
        this.period = month == null ? ALL : month.toString();
    }

    long traineeId() {
        return traineeId;
    }

    String competency() {
        return competency;
    }

    /** The month these totals cover, or null for all time. */
    @Nullable YearMonth month() {
        return period.equals(ALL) ? null : YearMonth.parse(period);
    }

    ProficiencyModel.Totals totals() {
        return new ProficiencyModel.Totals(weightUnits, levelUnits, squareUnits, evidenceCount, lastEvidenceAt);
    }

    void set(ProficiencyModel.Totals totals) {
        this.weightUnits = totals.weightUnits();
        this.levelUnits = totals.levelUnits();
        this.squareUnits = totals.squareUnits();
        this.evidenceCount = totals.count();
        this.lastEvidenceAt = totals.last();
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof CompetencyStanding other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        // Constant, so that an entity keeps its hash when Hibernate assigns the id on save.
        return CompetencyStanding.class.hashCode();
    }
}
