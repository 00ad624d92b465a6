package org.orienta.activity;

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

/** Facilitated activities as the catalogue stores them: files under activities/, one YAML document each. */
@Component
class ActivityContentType implements ContentType<ActivityDefinition> {

    static final String KIND = "ACTIVITY";
    /** The kind observation checklists are stored as (the checklist module's content type). */
    static final String CHECKLIST_KIND = "CHECKLIST";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String folder() {
        return "activities";
    }

    @Override
    public Class<ActivityDefinition> definitionType() {
        return ActivityDefinition.class;
    }

    @Override
    public String key(ActivityDefinition definition) {
        return definition.id();
    }

    @Override
    public @Nullable ActivityDefinition read(YamlValue document, ReadContext context) {
        return ActivityYaml.read(document, context);
    }

    @Override
    public String write(ActivityDefinition definition) {
        return ActivityYaml.write(definition);
    }

    @Override
    public List<FieldProblem> check(ActivityDefinition definition, KnownContent known) {
        // A checklist is named by its key; while no checklist kind is registered the key passes as written.
        var checklists = known.keys(CHECKLIST_KIND);
        return ActivityRules.check(
                definition,
                known.competencies(),
                key -> checklists.map(k -> k.contains(key)).orElse(true));
    }

    @Override
    public ContentSummary summarise(ActivityDefinition definition) {
        return new ContentSummary(definition.title(), Set.copyOf(definition.competencies()));
    }
}
