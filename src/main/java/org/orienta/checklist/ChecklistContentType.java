package org.orienta.checklist;

import static java.util.stream.Collectors.toSet;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.base.FieldProblem;
import org.orienta.base.yaml.ReadContext;
import org.orienta.base.yaml.YamlValue;
import org.orienta.catalogue.ContentSummary;
import org.orienta.catalogue.ContentType;
import org.orienta.catalogue.KnownContent;
import org.orienta.competency.Evidence;
import org.springframework.stereotype.Component;

/** Observation checklists as the catalogue stores them: files under checklists/, one YAML document each. */
@Component
class ChecklistContentType implements ContentType<ChecklistDefinition> {

    static final String KIND = "CHECKLIST";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String folder() {
        return "checklists";
    }

    @Override
    public Class<ChecklistDefinition> definitionType() {
        return ChecklistDefinition.class;
    }

    @Override
    public String key(ChecklistDefinition definition) {
        return definition.id();
    }

    @Override
    public @Nullable ChecklistDefinition read(YamlValue document, ReadContext context) {
        return ChecklistYaml.read(document, context);
    }

    @Override
    public String write(ChecklistDefinition definition) {
        return ChecklistYaml.write(definition);
    }

    @Override
    public List<FieldProblem> check(ChecklistDefinition definition, KnownContent known) {
        return ChecklistRules.check(definition, known.competencies());
    }

    @Override
    public ContentSummary summarise(ChecklistDefinition definition) {
        return new ContentSummary(
                definition.title(),
                definition.behaviours().stream()
                        .flatMap(b -> b.evidence().stream())
                        .map(Evidence::competency)
                        .collect(toSet()));
    }
}
