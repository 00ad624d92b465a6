package org.orienta.progress.ui;

import com.vaadin.flow.component.Component;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.orienta.base.LocalizedText;
import org.orienta.competency.CompetencyCode;
import org.orienta.competency.CompetencyDefinition;
import org.orienta.competency.CompetencyService;

/**
 * Competency codes as a trainee reads them: never a bare "CO4", always with the name ("CO4 Listening"),
 * and in the order CO1, CO2 … CO10 (a code's number, not its text, which would put CO10 after CO1).
 */
final class CompetencyLabels implements Serializable {

    private final Map<CompetencyCode, LocalizedText> names;

    private CompetencyLabels(Map<CompetencyCode, LocalizedText> names) {
        this.names = Map.copyOf(names);
    }

    static CompetencyLabels of(CompetencyService competencies) {
        var names = new java.util.HashMap<CompetencyCode, LocalizedText>();
        for (CompetencyDefinition c : competencies.framework().competencies()) {
            names.put(c.code(), c.name());
        }
        return new CompetencyLabels(names);
    }

    /** Without a framework to hand (a trainer's preview): the codes alone. */
    static CompetencyLabels codesOnly() {
        return new CompetencyLabels(Map.of());
    }

    /** "CO4 Listening"; the bare code only for a code the framework no longer knows. */
    String label(Component owner, CompetencyCode code) {
        var name = names.get(code);
        return name == null ? code.value() : owner.getTranslation("competency.named", code.value(), Texts.plain(name));
    }

    /** The codes in numeric order, CO1 … CO10. */
    static List<CompetencyCode> sorted(Collection<CompetencyCode> codes) {
        return codes.stream().sorted().distinct().toList();
    }
}
