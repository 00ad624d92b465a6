package org.orienta.competency;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The whole framework: the level scale and the competencies, in their display order. */
public record FrameworkDefinition(List<LevelDefinition> levels, List<CompetencyDefinition> competencies) {

    public FrameworkDefinition {
        levels = List.copyOf(levels);
        competencies = List.copyOf(competencies);
    }

    public Set<CompetencyCode> codes() {
        return competencies.stream().map(CompetencyDefinition::code).collect(Collectors.toUnmodifiableSet());
    }

    public Optional<CompetencyDefinition> competency(CompetencyCode code) {
        return competencies.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public LevelDefinition level(int level) {
        return levels.get(level - 1);
    }
}
