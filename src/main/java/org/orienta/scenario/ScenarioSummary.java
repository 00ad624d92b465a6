package org.orienta.scenario;

import java.util.List;
import java.util.Set;
import org.orienta.base.LocalizedText;
import org.orienta.competency.CompetencyCode;

/** A published scenario as a catalogue lists it, with the competencies its choices give evidence for. */
public record ScenarioSummary(
        String key,
        int version,
        LocalizedText title,
        LocalizedText summary,
        int minutes,
        List<String> sectors,
        int decisions,
        Set<CompetencyCode> competencies) {

    public ScenarioSummary {
        sectors = List.copyOf(sectors);
        competencies = Set.copyOf(competencies);
    }
}
