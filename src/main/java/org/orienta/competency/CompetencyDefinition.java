package org.orienta.competency;

import java.util.List;
import org.orienta.base.LocalizedText;

/**
 * A competency with one descriptor per level: {@code levels.get(0)} describes level 1.
 */
public record CompetencyDefinition(
        CompetencyCode code,
        LocalizedText name,
        LocalizedText definition,
        List<LocalizedText> levels,
        List<String> sources) {

    public CompetencyDefinition {
        if (levels.size() != Evidence.MAX_LEVEL) {
            throw new IllegalArgumentException("a competency describes all four levels");
        }
        levels = List.copyOf(levels);
        sources = List.copyOf(sources);
    }

    public LocalizedText descriptor(int level) {
        return levels.get(level - 1);
    }
}
