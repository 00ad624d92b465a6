package org.orienta.scenario;

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

/** Role-play scenarios as the catalogue stores them: files under scenarios/, one YAML document each. */
@Component
class ScenarioContentType implements ContentType<ScenarioDefinition> {

    static final String KIND = "SCENARIO";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String folder() {
        return "scenarios";
    }

    @Override
    public Class<ScenarioDefinition> definitionType() {
        return ScenarioDefinition.class;
    }

    @Override
    public String key(ScenarioDefinition definition) {
        return definition.id();
    }

    @Override
    public @Nullable ScenarioDefinition read(YamlValue document, ReadContext context) {
        return ScenarioYaml.read(document, context);
    }

    @Override
    public String write(ScenarioDefinition definition) {
        return ScenarioYaml.write(definition);
    }

    @Override
    public List<FieldProblem> check(ScenarioDefinition definition, KnownContent known) {
        return ScenarioRules.check(definition, known.competencies());
    }

    @Override
    public ContentSummary summarise(ScenarioDefinition definition) {
        var competencies = definition.decisions().stream()
                .flatMap(d -> d.options().stream())
                .flatMap(o -> o.evidence().stream())
                .map(Evidence::competency)
                .collect(toSet());
        return new ContentSummary(definition.title(), competencies);
    }
}
