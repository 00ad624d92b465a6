package org.orienta.reporting;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.orienta.progress.proficiency.EvidenceOrigin;

/**
 * Which evidence a report's levels count (issue 24): all of it, training only, or what was observed in
 * facilitated sessions or on the job (by managers and mystery shoppers together, or each alone). Levels
 * are computed by the same model from that evidence alone (ADR 0046).
 */
public enum EvidenceFilter {
    ALL("all", EnumSet.allOf(EvidenceOrigin.class)),
    TRAINING("training", EnumSet.of(EvidenceOrigin.TRAINING)),
    SESSIONS("sessions", EnumSet.of(EvidenceOrigin.SESSION)),
    JOB("job", EnumSet.of(EvidenceOrigin.JOB, EvidenceOrigin.MYSTERY_SHOPPING)),
    MANAGERS("managers", EnumSet.of(EvidenceOrigin.JOB)),
    MYSTERY_SHOPPERS("mystery-shoppers", EnumSet.of(EvidenceOrigin.MYSTERY_SHOPPING));

    private final String parameter;
    private final Set<EvidenceOrigin> origins;

    EvidenceFilter(String parameter, Set<EvidenceOrigin> origins) {
        this.parameter = parameter;
        this.origins = origins;
    }

    /** Its value in a report's address ({@code ?source=job}). */
    public String parameter() {
        return parameter;
    }

    /** The origins whose evidence counts. */
    public Set<EvidenceOrigin> origins() {
        return EnumSet.copyOf(origins);
    }

    public boolean includesTraining() {
        return origins.contains(EvidenceOrigin.TRAINING);
    }

    public static Optional<EvidenceFilter> ofParameter(String value) {
        for (var filter : values()) {
            if (filter.parameter.equals(value)) {
                return Optional.of(filter);
            }
        }
        return Optional.empty();
    }
}
