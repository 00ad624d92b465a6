package org.orienta.quiz;

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

/** Quizzes as the catalogue stores them: files under quizzes/, one YAML document each. */
@Component
class QuizContentType implements ContentType<QuizDefinition> {

    static final String KIND = "QUIZ";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String folder() {
        return "quizzes";
    }

    @Override
    public Class<QuizDefinition> definitionType() {
        return QuizDefinition.class;
    }

    @Override
    public String key(QuizDefinition definition) {
        return definition.id();
    }

    @Override
    public @Nullable QuizDefinition read(YamlValue document, ReadContext context) {
        return QuizYaml.read(document, context);
    }

    @Override
    public String write(QuizDefinition definition) {
        return QuizYaml.write(definition);
    }

    @Override
    public List<FieldProblem> check(QuizDefinition definition, KnownContent known) {
        return QuizRules.check(definition, known.competencies());
    }

    @Override
    public ContentSummary summarise(QuizDefinition definition) {
        return new ContentSummary(
                definition.title(),
                definition.questions().stream()
                        .flatMap(q -> q.info().evidence().stream())
                        .map(Evidence::competency)
                        .collect(toSet()));
    }
}
