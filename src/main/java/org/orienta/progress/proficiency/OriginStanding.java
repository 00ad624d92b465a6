package org.orienta.progress.proficiency;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * The running totals of one observation source's evidence for one trainee and competency, overall or
 * for one month: a part of the {@link CompetencyStanding} with the same key, kept in the same
 * transaction (ADR 0046). Training has no rows here; its totals are the overall ones minus these.
 */
@Entity
@Table(name = "standing_by_origin")
class OriginStanding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long traineeId;

    private String competency;

    /** "all", or the month these totals cover as "2026-11". */
    private String period;

    @Enumerated(EnumType.STRING)
    private EvidenceOrigin origin;

    private long weightUnits;

    private long levelUnits;

    private long squareUnits;

    private int evidenceCount;

    private @Nullable Instant lastEvidenceAt;

    protected OriginStanding() {
        // To keep Hibernate happy
        this.competency = "";
        this.period = CompetencyStanding.ALL;
        this.origin = EvidenceOrigin.SESSION;
    }

    OriginStanding(long traineeId, String competency, @Nullable YearMonth month, EvidenceOrigin origin) {
        if (!origin.observed()) {
            throw new IllegalArgumentException("training totals are the overall totals minus the observed ones");
        }
        this.traineeId = traineeId;
        this.competency = competency;
        this.period = month == null ? CompetencyStanding.ALL : month.toString();
        this.origin = origin;
    }

    long traineeId() {
        return traineeId;
    }

    String competency() {
        return competency;
    }

    EvidenceOrigin origin() {
        return origin;
    }

    /** The month these totals cover, or null for all time. */
    @Nullable YearMonth month() {
        return period.equals(CompetencyStanding.ALL) ? null : YearMonth.parse(period);
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
        return this == o || (o instanceof OriginStanding other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        // Constant, so that an entity keeps its hash when Hibernate assigns the id on save.
        return OriginStanding.class.hashCode();
    }
}
