package org.orienta.exercise;

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

/** Exercises as the catalogue stores them: files under exercises/, one YAML document each. */
@Component
class ExerciseContentType implements ContentType<ExerciseDefinition> {

    static final String KIND = "EXERCISE";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String folder() {
        return "exercises";
    }

    @Override
    public Class<ExerciseDefinition> definitionType() {
        return ExerciseDefinition.class;
    }

    @Override
    public String key(ExerciseDefinition definition) {
        return definition.id();
    }

    @Override
    public @Nullable ExerciseDefinition read(YamlValue document, ReadContext context) {
        return ExerciseYaml.read(document, context);
    }

    @Override
    public String write(ExerciseDefinition definition) {
        return ExerciseYaml.write(definition);
    }

    @Override
    public List<FieldProblem> check(ExerciseDefinition definition, KnownContent known) {
        return ExerciseRules.check(definition, known.competencies());
    }

    @Override
    public ContentSummary summarise(ExerciseDefinition definition) {
        return new ContentSummary(
                definition.title(),
                definition.evidence().stream().map(Evidence::competency).collect(toSet()));
    }
}
