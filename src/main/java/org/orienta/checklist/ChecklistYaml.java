package org.orienta.checklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.orienta.base.yaml.Fields;
import org.orienta.base.yaml.ReadContext;
import org.orienta.base.yaml.YamlValue;
import org.orienta.base.yaml.YamlWriter;
import org.orienta.catalogue.ContentType;
import org.orienta.competency.CompetencyCode;
import org.orienta.competency.Evidence;

/**
 * Reads and writes checklist files. Behaviours are known by {@code behaviours/<id>} once read, so
 * translations and rule problems name them by id, as exercise items are.
 */
public final class ChecklistYaml {

    public static final String SCHEMA_COMMENT = "yaml-language-server: $schema=../schema/checklist.json";

    private ChecklistYaml() {}

    /** The kind's content type for code that runs without a Spring context (validate command, tests). */
    public static ContentType<ChecklistDefinition> contentType() {
        return new ChecklistContentType();
    }

    public static @Nullable ChecklistDefinition read(YamlValue document, ReadContext context) {
        var root = Fields.root(document, context);
        if (root == null) {
            return null;
        }
        var id = root.id("id", true);
        var title = root.text("title", true);
        var description = root.text("description", false);
        var contextWord = root.choice("context", true, ChecklistContext.words());
        var sources = root.strings("sources", false);
        var behaviours = new ArrayList<Behaviour>();
        for (Fields element : root.maps("behaviours", true)) {
            var behaviourId = element.id("id", true);
            var fields = behaviourId == null ? element : element.as(root.childPath("behaviours") + "/" + behaviourId);
            var text = fields.text("text", true);
            var hint = fields.text("hint", false);
            var evidence = evidence(fields);
            fields.finish();
            if (behaviourId != null && text != null) {
                behaviours.add(new Behaviour(behaviourId, text, hint, evidence));
            }
        }
        root.finish();
        if (context.hasProblems() || id == null || title == null || contextWord == null) {
            return null;
        }
        return new ChecklistDefinition(
                id, title, description, ChecklistContext.fromWord(contextWord), behaviours, sources);
    }

    private static List<Evidence> evidence(Fields fields) {
        var evidence = new ArrayList<Evidence>();
        var raw = fields.integers("evidence", true, Evidence.MIN_LEVEL, Evidence.MAX_LEVEL);
        for (var claim : raw.entrySet()) {
            if (CompetencyCode.isValid(claim.getKey())) {
                evidence.add(new Evidence(new CompetencyCode(claim.getKey()), claim.getValue()));
            } else {
                fields.context().problem(fields.positionOf("evidence"), "evidence.badCode", claim.getKey());
            }
        }
        return evidence;
    }

    public static String write(ChecklistDefinition checklist) {
        var behaviours = new ArrayList<Map<String, Object>>();
        for (Behaviour b : checklist.behaviours()) {
            var evidence = new LinkedHashMap<String, Object>();
            b.evidence().forEach(e -> evidence.put(e.competency().value(), e.level()));
            behaviours.add(YamlWriter.fields("id", b.id(), "text", b.text(), "hint", b.hint(), "evidence", evidence));
        }
        var document = YamlWriter.fields(
                "id",
                checklist.id(),
                "title",
                checklist.title(),
                "description",
                checklist.description(),
                "context",
                checklist.context().word(),
                "sources",
                checklist.sources(),
                "behaviours",
                behaviours);
        return YamlWriter.write(document, List.of(SCHEMA_COMMENT));
    }
}
