package org.orienta.curriculum;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.orienta.base.FieldProblem;
import org.orienta.base.yaml.ReadContext;
import org.orienta.base.yaml.YamlValue;
import org.orienta.catalogue.ContentSummary;
import org.orienta.catalogue.ContentType;
import org.orienta.catalogue.KnownContent;
import org.springframework.stereotype.Component;

/** Training modules as the catalogue stores them: files under modules/, one YAML document each. */
@Component
class ModuleContentType implements ContentType<ModuleDefinition> {

    static final String KIND = "MODULE";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String folder() {
        return "modules";
    }

    @Override
    public Class<ModuleDefinition> definitionType() {
        return ModuleDefinition.class;
    }

    @Override
    public String key(ModuleDefinition definition) {
        return definition.id();
    }

    @Override
    public @Nullable ModuleDefinition read(YamlValue document, ReadContext context) {
        return ModuleYaml.read(document, context);
    }

    @Override
    public String write(ModuleDefinition definition) {
        return ModuleYaml.write(definition);
    }

    @Override
    public List<FieldProblem> check(ModuleDefinition definition, KnownContent known) {
        return ModuleRules.check(definition, known.competencies(), known.items()::contains);
    }

    @Override
    public ContentSummary summarise(ModuleDefinition definition) {
        return new ContentSummary(definition.title(), Set.copyOf(definition.competencies()));
    }
}
